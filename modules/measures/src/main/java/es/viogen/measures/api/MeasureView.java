package es.viogen.measures.api;

import java.time.Instant;

/** A police protection measure in force on a case. */
public record MeasureView(long measureId, String code, String nameKey, boolean mandatory, Instant since,
                          Instant lastExecutedAt, Instant nextDueAt, boolean overdue) {
}
