package es.viogen.risk.boundary;

import es.viogen.platform.api.Texts;
import es.viogen.platform.api.TimelineContribution;
import es.viogen.platform.api.TimelineEntry;
import es.viogen.risk.control.AssessmentRepository;
import es.viogen.risk.entity.Assessment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Assessments on the case timeline: each submitted one with its level, and what is still owed. */
@ApplicationScoped
public class RiskTimeline implements TimelineContribution {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Madrid"));

    @Inject
    AssessmentRepository repository;

    @Inject
    Texts texts;

    @Override
    @Transactional
    public List<TimelineEntry> entriesForCase(long caseId) {
        List<TimelineEntry> out = new ArrayList<>();
        for (Assessment a : repository.allOf(caseId)) {
            String kind = texts.get("risk.kind." + a.getKind().name());
            switch (a.getStatus()) {
                case SUBMITTED -> out.add(new TimelineEntry(a.getAssessedAt(), "ASSESSMENT", "risk.timeline.assessed",
                        List.of(kind, texts.get("riskLevel." + a.getFinalLevel().name()),
                                texts.get("riskLevel." + a.getComputedLevel().name())),
                        "/risk/result.xhtml?id=" + a.getId()));
                case PENDING -> out.add(new TimelineEntry(a.getCreatedAt(), "ASSESSMENT_DUE", "risk.timeline.due",
                        List.of(kind, DUE.format(a.getDueAt())), "/risk/assess.xhtml?case=" + caseId));
                default -> {
                }
            }
        }
        return out;
    }
}
