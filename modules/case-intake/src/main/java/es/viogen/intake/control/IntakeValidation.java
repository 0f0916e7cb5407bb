package es.viogen.intake.control;

import es.viogen.intake.api.NewAggressor;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewComplaint;
import es.viogen.intake.api.NewIncident;
import es.viogen.intake.api.NewMinor;
import es.viogen.intake.api.NewVictim;
import es.viogen.intake.api.PersonIdentity;
import es.viogen.platform.api.FieldError;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks an intake before anything is written. Field names follow the JSON of {@link NewCase}
 * (e.g. {@code victim.identity.documentNumber}) so REST clients and pages can point at the field.
 */
public final class IntakeValidation {

    /** Clocks differ a little between a partner and us: a time up to this much ahead is accepted. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    private static final Pattern INE = Pattern.compile("\\d{5}");

    private IntakeValidation() {
    }

    /**
     * @param municipalityKnown whether an INE code names a municipality of the registry (format already checked)
     */
    public static List<FieldError> check(NewCase c, Predicate<String> municipalityKnown, Instant now, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (c == null) {
            errors.add(new FieldError("complaint", "intake.validation.required"));
            return errors;
        }
        complaint(c.complaint(), municipalityKnown, now, errors);
        victim(c.victim(), today, errors);
        aggressor(c.aggressor(), today, errors);
        for (int i = 0; i < c.minors().size(); i++) {
            minor("minors[" + i + "]", c.minors().get(i), errors);
        }
        return errors;
    }

    public static boolean isIneFormat(String code) {
        return code != null && INE.matcher(code).matches();
    }

    static void complaint(NewComplaint k, Predicate<String> municipalityKnown, Instant now, List<FieldError> errors) {
        if (k == null) {
            errors.add(new FieldError("complaint", "intake.validation.required"));
            return;
        }
        if (k.filedAt() == null) {
            errors.add(new FieldError("complaint.filedAt", "intake.validation.required"));
        } else if (k.filedAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            errors.add(new FieldError("complaint.filedAt", "intake.validation.future"));
        }
        municipality("complaint.municipalityCode", k.municipalityCode(), municipalityKnown, errors);
        if (k.channel() == null) {
            errors.add(new FieldError("complaint.channel", "intake.validation.required"));
        }
        length("complaint.atestadoNumber", k.atestadoNumber(), 40, errors);
        length("complaint.place", k.place(), 300, errors);
        length("complaint.summary", k.summary(), 4000, errors);
    }

    public static void municipality(String field, String code, Predicate<String> known, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError(field, "intake.validation.required"));
        } else if (!isIneFormat(code.trim())) {
            errors.add(new FieldError(field, "intake.validation.municipality.format"));
        } else if (!known.test(code.trim())) {
            errors.add(new FieldError(field, "intake.validation.municipality.unknown", code.trim()));
        }
    }

    static void victim(NewVictim v, LocalDate today, List<FieldError> errors) {
        if (v == null) {
            errors.add(new FieldError("victim", "intake.validation.required"));
            return;
        }
        identity("victim.identity", v.identity(), today, errors);
        length("victim.language", v.language(), 60, errors);
        length("victim.safeContactChannel", v.safeContactChannel(), 200, errors);
        length("victim.safeCallWindow", v.safeCallWindow(), 100, errors);
        length("victim.phone", v.phone(), 30, errors);
        length("victim.address", v.address(), 300, errors);
        if (v.phone() != null && !v.phone().isBlank() && !v.phone().matches("[+0-9 ()-]{6,30}")) {
            errors.add(new FieldError("victim.phone", "intake.validation.phone"));
        }
    }

    static void aggressor(NewAggressor a, LocalDate today, List<FieldError> errors) {
        if (a == null) {
            errors.add(new FieldError("aggressor", "intake.validation.required"));
            return;
        }
        identity("aggressor.identity", a.identity(), today, errors);
        if (a.relationship() == null) {
            errors.add(new FieldError("aggressor.relationship", "intake.validation.required"));
        }
    }

    static void minor(String field, NewMinor m, List<FieldError> errors) {
        if (m == null) {
            errors.add(new FieldError(field, "intake.validation.required"));
            return;
        }
        required(field + ".firstName", m.firstName(), errors);
        length(field + ".firstName", m.firstName(), 100, errors);
        if (m.age() < 0 || m.age() > 17) {
            errors.add(new FieldError(field + ".age", "intake.validation.minor.age"));
        }
        length(field + ".custodyArrangement", m.custodyArrangement(), 300, errors);
        length(field + ".school", m.school(), 200, errors);
    }

    static void identity(String field, PersonIdentity p, LocalDate today, List<FieldError> errors) {
        if (p == null) {
            errors.add(new FieldError(field, "intake.validation.required"));
            return;
        }
        required(field + ".firstName", p.firstName(), errors);
        required(field + ".lastName1", p.lastName1(), errors);
        length(field + ".firstName", p.firstName(), 100, errors);
        length(field + ".lastName1", p.lastName1(), 100, errors);
        length(field + ".lastName2", p.lastName2(), 100, errors);
        length(field + ".nationality", p.nationality(), 60, errors);
        if (p.documentType() == null) {
            errors.add(new FieldError(field + ".documentType", "intake.validation.required"));
        } else {
            IdentityDocuments.problem(p.documentType(), p.documentNumber())
                    .ifPresent(key -> errors.add(new FieldError(field + ".documentNumber", key)));
        }
        if (p.birthDate() != null) {
            if (p.birthDate().isAfter(today)) {
                errors.add(new FieldError(field + ".birthDate", "intake.validation.future"));
            } else if (p.birthDate().isBefore(today.minusYears(120))) {
                errors.add(new FieldError(field + ".birthDate", "intake.validation.birthDate.tooOld"));
            }
        }
    }

    /** Checks an incident; {@code openedAt} of the case (an incident may not predate the case by years). */
    public static List<FieldError> check(NewIncident i, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (i == null) {
            errors.add(new FieldError("type", "intake.validation.required"));
            return errors;
        }
        if (i.type() == null) {
            errors.add(new FieldError("type", "intake.validation.required"));
        }
        if (i.occurredAt() == null) {
            errors.add(new FieldError("occurredAt", "intake.validation.required"));
        } else if (i.occurredAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            errors.add(new FieldError("occurredAt", "intake.validation.future"));
        }
        required("description", i.description(), errors);
        length("description", i.description(), 4000, errors);
        required("source", i.source(), errors);
        length("source", i.source(), 200, errors);
        length("place", i.place(), 300, errors);
        return errors;
    }

    static void required(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "intake.validation.required"));
        }
    }

    static void length(String field, String value, int max, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "intake.validation.length", max));
        }
    }
}
