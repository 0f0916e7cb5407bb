package es.viogen.measures.api;

import java.time.LocalDate;

/** A judicial order received from a court; {@code distanceMetres} for restraining distances. */
public record NewJudicialOrder(JudicialOrderType type, String court, String procedureNumber, LocalDate startsOn,
                               LocalDate endsOn, Integer distanceMetres, String notes) {
}
