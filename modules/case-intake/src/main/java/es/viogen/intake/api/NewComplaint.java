package es.viogen.intake.api;

import java.time.Instant;

/** The complaint (atestado) that opens the case. {@code municipalityCode}: INE code where the facts happened. */
public record NewComplaint(String atestadoNumber, Instant filedAt, String place, String municipalityCode,
                           ComplaintChannel channel, String summary) {
}
