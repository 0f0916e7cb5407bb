package es.viogen.partners.control;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Validation of prison events (all fields named as the partner sent them). */
public final class PrisonEventRules {

    private PrisonEventRules() {
    }

    public static void validate(NewPrisonEvent e, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (e.caseId() == null || e.caseId() <= 0) {
            errors.add(new FieldError("caseId", "validation.required"));
        }
        if (e.type() == null || !e.type().isPrisonEvent()) {
            errors.add(new FieldError("type", "partners.validation.prisonEventType"));
        }
        if (e.occurredAt() == null) {
            errors.add(new FieldError("occurredAt", "validation.required"));
        } else if (e.occurredAt().isAfter(now.plusSeconds(300))) {
            errors.add(new FieldError("occurredAt", "partners.validation.future"));
        }
        if (e.facility() == null || e.facility().isBlank()) {
            errors.add(new FieldError("facility", "validation.required"));
        } else if (e.facility().length() > 200) {
            errors.add(new FieldError("facility", "partners.validation.tooLong", 200));
        }
        if (e.reason() != null && e.reason().length() > 500) {
            errors.add(new FieldError("reason", "partners.validation.tooLong", 500));
        }
        if (e.startsOn() != null && e.endsOn() != null && e.endsOn().isBefore(e.startsOn())) {
            errors.add(new FieldError("endsOn", "partners.validation.endBeforeStart"));
        }
        if (e.type() == es.viogen.intake.api.IncidentType.PRISON_PERMIT && (e.startsOn() == null || e.endsOn() == null)) {
            errors.add(new FieldError(e.startsOn() == null ? "startsOn" : "endsOn", "partners.validation.permitDates"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
