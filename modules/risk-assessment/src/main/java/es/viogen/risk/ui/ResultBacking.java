package es.viogen.risk.ui;

import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.Texts;
import es.viogen.risk.boundary.RiskAssessments;
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
    RiskAssessments assessments;

    @Inject
    Texts texts;

    @Inject
    AuditLog audit;

    private Long id;
    private AssessmentView view;

    @PostConstruct
    void init() {
        id = Language.longParam("id");
        if (id == null) {
            throw new es.viogen.platform.api.RecordNotFound("Assessment", "?");
        }
        view = assessments.view(id, Language.spanish(texts));
    }

    public StreamedContent getReport() {
        AssessmentView v = assessments.view(id, Language.spanish(texts));
        byte[] pdf = RiskReportPdf.write(v, (key, args) -> texts.get(key, args));
        audit.record(AuditAction.EXPORT, "Assessment", String.valueOf(id), "risk report PDF for the court");
        return DefaultStreamedContent.builder().contentType("application/pdf").name("informe-riesgo-" + id + ".pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssessmentView getView() {
        return view;
    }
}
