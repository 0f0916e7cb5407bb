package es.viogen.measures.api;

import java.time.Instant;

/**
 * A follow-up task of a unit coming due today or overdue: a re-assessment ({@code measureId} and {@code measureCode}
 * null) or a recurring protection measure.
 */
public record DueItem(long caseId, String caseNumber, String kind, Long measureId, String measureCode, Instant dueAt,
                      boolean overdue) {
}
