package es.viogen.risk.ui;

import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.Texts;
import es.viogen.risk.boundary.AssessmentHistory;
import es.viogen.risk.control.AssessmentView;
import es.viogen.risk.control.RiskReportPdf;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

/** The result of one assessment, its "por qué este nivel" panel and the PDF report for the court. */
@Named("result")
@ViewScoped
public class ResultBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentHistory assessments;

    @Inject
    Texts texts;

    @Inject
    AuditLog audit;

    @Inject
    es.viogen.risk.boundary.ModelCards cards;

    @Inject
    es.viogen.platform.api.LevelPlan levelPlan;

    private Long id;
    private AssessmentView view;

    @PostConstruct
    void init() {
        id = Language.longParam("id");
        try {
            if (id == null) {
                throw new es.viogen.platform.api.NoRecordNamed();
            }
            view = assessments.view(id, Language.spanish(texts));
        } catch (es.viogen.platform.api.DomainException e) {
            refusal = e;
        }
    }

    /** Why the page shows nothing of its record (none named, unknown, outside the user's territory), or null. */
    private es.viogen.platform.api.DomainException refusal;

    public String getRefusal() {
        return refusal == null ? null : texts.get(refusal.messageKey(), refusal.args());
    }


    public StreamedContent getReport() {
        AssessmentView v = assessments.view(id, Language.spanish(texts));
        byte[] pdf = RiskReportPdf.write(v, (key, args) -> texts.get(key, args), cardLines(getCard()));
        audit.record(AuditAction.EXPORT, "Assessment", String.valueOf(id), "risk report PDF for the court");
        return DefaultStreamedContent.builder().contentType("application/pdf").name("informe-riesgo-" + id + ".pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private es.viogen.risk.boundary.ModelCards.Card card;

    /** The model card of the assessment's instrument version, shown beside the result and printed in the report. */
    public es.viogen.risk.boundary.ModelCards.Card getCard() {
        if (card == null && view != null) {
            card = cards.card(view.instrumentCode(), view.instrumentVersion(), texts.locale(), true);
        }
        return card;
    }

    private java.util.List<String> cardLines(es.viogen.risk.boundary.ModelCards.Card c) {
        if (c == null) {
            return java.util.List.of();
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add(texts.get("risk.card.purposeLabel") + ": " + c.purpose());
        out.add(texts.get("risk.card.usersLabel") + ": " + c.intendedUsers());
        out.add(texts.get("risk.card.indicatorsLabel") + ": " + c.indicators());
        out.add(texts.get("risk.card.weightsLabel") + ": " + c.weightsOrigin());
        out.add(texts.get("risk.card.outcomeModelLabel") + ": " + c.outcomeModel());
        out.add(texts.get("risk.card.measuredLabel") + ": " + c.measuredSummary());
        out.add(texts.get("risk.card.limitsLabel") + ":");
        c.limits().forEach(l -> out.add("  • " + l));
        out.add(texts.get("risk.card.overrideLabel") + ": " + c.howToOverride());
        return out;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The measures the level in force brings, under today's protocol. */
    public java.util.List<String> getLevelMeasures() {
        return view == null ? java.util.List.of() : levelPlan.measuresFor(view.levelInForce());
    }

    public String getReassessmentWithin() {
        return view == null ? "" : levelPlan.reassessmentWithin(view.levelInForce());
    }

    public AssessmentView getView() {
        return view;
    }
}
