package es.viogen.risk.ui;

import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Texts;
import es.viogen.risk.boundary.AssessmentHistory;
import es.viogen.risk.control.AssessmentView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** A case's level history: a line chart (final and computed level) and the same data as a table. */
@Named("history")
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Madrid"));

    @Inject
    AssessmentHistory assessments;

    @Inject
    Texts texts;

    private Long caseId;
    private List<AssessmentView> entries;
    private List<AssessmentView> pending;

    @PostConstruct
    void init() {
        caseId = Language.longParam("case");
        try {
            if (caseId == null) {
                throw new es.viogen.platform.api.NoRecordNamed();
            }
            entries = assessments.history(caseId, Language.spanish(texts));
            pending = assessments.pendingOfCase(caseId);
        } catch (es.viogen.platform.api.DomainException e) {
            refusal = e;
            entries = List.of();
            pending = List.of();
        }
    }

    /** Why the page shows nothing of its record (none named, unknown, outside the user's territory), or null. */
    private es.viogen.platform.api.DomainException refusal;

    public String getRefusal() {
        return refusal == null ? null : texts.get(refusal.messageKey(), refusal.args());
    }


    /** Chart.js configuration for p:chart: levels on a category axis, lowest at the bottom. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder finals = Json.createArrayBuilder();
        JsonArrayBuilder computed = Json.createArrayBuilder();
        for (AssessmentView v : entries == null ? List.<AssessmentView>of() : entries) {
            labels.add(WHEN.format(v.assessedAt()) + " " + texts.get("risk.kind." + v.kind().name()));
            finals.add(level(v.level()));
            computed.add(level(v.computedLevel()));
        }
        List<RiskLevel> top = new ArrayList<>(List.of(RiskLevel.values()));
        java.util.Collections.reverse(top);
        JsonArrayBuilder axis = Json.createArrayBuilder();
        top.forEach(l -> axis.add(level(l)));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", texts.get("risk.result.finalLevel"))
                                .add("data", finals).add("borderColor", "#5b2a86").add("backgroundColor", "#5b2a86")
                                .add("stepped", true).add("fill", false))
                        .add(Json.createObjectBuilder().add("label", texts.get("risk.result.computedLevel"))
                                .add("data", computed).add("borderColor", "#9e9e9e").add("backgroundColor", "#9e9e9e")
                                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                .add("stepped", true).add("fill", false))))
                .add("options", Json.createObjectBuilder().add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("type", "category").add("labels", axis).add("offset", true))))
                .build().toString();
    }

    private String level(RiskLevel l) {
        return texts.get("riskLevel." + l.name());
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public List<AssessmentView> getEntries() {
        return entries;
    }

    public List<AssessmentView> getPending() {
        return pending;
    }
}
