package es.viogen.measures.api;

import java.time.LocalDate;

public record JudicialOrderExpiring(long orderId, long caseId, LocalDate endsOn) {
}
