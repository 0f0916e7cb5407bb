package es.viogen.measures.api;

import es.viogen.platform.api.RiskLevel;

import java.time.Instant;
import java.util.List;

/** A case's protection plan: the level it follows, its measures and the next re-assessment due. */
public record PlanView(long caseId, RiskLevel level, Instant reassessmentDue, boolean reassessmentOverdue,
                       List<MeasureView> measures) {
}
