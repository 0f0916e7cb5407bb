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

    @Inject
    es.viogen.risk.control.CaseRiskStore store;

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
        for (var d : store.dropsOf(caseId)) {
            String from = texts.get("riskLevel." + d.getFromLevel().name());
            String to = texts.get("riskLevel." + d.getToLevel().name());
            if (d.isNeedsApproval()) {
                out.add(new TimelineEntry(d.getProposedAt(), "LEVEL_DROP_PROPOSED", "risk.timeline.dropProposed",
                        List.of(from, to, texts.get("risk.drop.status." + d.getStatus().name())),
                        "/risk/history.xhtml?case=" + caseId));
            }
            if (d.getStatus() == es.viogen.risk.entity.LevelDrop.Status.APPLIED
                    || d.getStatus() == es.viogen.risk.entity.LevelDrop.Status.APPROVED) {
                out.add(new TimelineEntry(d.getStatus() == es.viogen.risk.entity.LevelDrop.Status.APPLIED
                        ? d.getProposedAt() : d.getDecidedAt(), "LEVEL_DROPPED", "risk.timeline.dropApplied",
                        List.of(from, to), "/risk/history.xhtml?case=" + caseId));
            }
        }
        for (var r : store.reviewRequests(caseId)) {
            out.add(new TimelineEntry(r.recordedAt(), "REVIEW_REQUESTED", "risk.timeline.reviewRequested",
                    List.of(texts.get("risk.review.channel." + r.channel()), r.whatChanged()),
                    "/risk/history.xhtml?case=" + caseId));
        }
        for (var f : store.flagChanges(caseId)) {
            if (f.lifted()) {
                out.add(new TimelineEntry(f.at(), "FLAG_LIFTED", "risk.timeline.flagLifted",
                        List.of(texts.get("risk.flag." + f.flag())), "/risk/history.xhtml?case=" + caseId));
            }
        }
        return out;
    }
}
