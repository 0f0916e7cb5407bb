package es.viogen.intake.control;

import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewIncident;
import es.viogen.intake.api.PersonIdentity;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.Violations;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks an intake before anything is written. The field rules are the Bean Validation constraints of the API
 * records ({@link NewCase} and its parts, {@link NewIncident}: required, lengths, plain text, plausible dates, INE
 * format, phone, a minor's age), so REST, SOAP and the wizard refuse the same things with the same messages; added
 * here are only the two rules a field constraint cannot state: a document number must fit its document type (DNI/NIE
 * check letter, passport format), and an INE code must name a municipality of the registry. Field names follow the
 * JSON of {@link NewCase} (e.g. {@code victim.identity.documentNumber}).
 */
public final class IntakeValidation {

    private static final Pattern INE = Pattern.compile("\\d{5}");

    private IntakeValidation() {
    }

    /**
     * @param municipalityKnown whether an INE code names a municipality of the registry (format already checked)
     */
    public static List<FieldError> check(Validator validator, NewCase c, Predicate<String> municipalityKnown) {
        if (c == null) {
            return List.of(new FieldError("complaint", "validation.required"));
        }
        List<FieldError> errors = new ArrayList<>(Violations.fieldErrors(validator.validate(c)));
        String ine = c.complaint() == null || c.complaint().municipalityCode() == null ? null
                : c.complaint().municipalityCode().trim();
        if (isIneFormat(ine) && !municipalityKnown.test(ine)) {
            errors.add(new FieldError("complaint.municipalityCode", "intake.validation.municipality.unknown", ine));
        }
        if (c.victim() != null) {
            document("victim.identity", c.victim().identity(), errors);
        }
        if (c.aggressor() != null) {
            document("aggressor.identity", c.aggressor().identity(), errors);
        }
        return errors;
    }

    /** Checks an incident against the constraints of {@link NewIncident}. */
    public static List<FieldError> check(Validator validator, NewIncident i) {
        if (i == null) {
            return List.of(new FieldError("type", "validation.required"));
        }
        return Violations.fieldErrors(validator.validate(i));
    }

    public static boolean isIneFormat(String code) {
        return code != null && INE.matcher(code).matches();
    }

    /** An INE code given outside a record (a transfer's new municipality): its format, then the registry. */
    public static void municipality(String field, String code, Predicate<String> known, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FieldError(field, "intake.validation.required"));
        } else if (!isIneFormat(code.trim())) {
            errors.add(new FieldError(field, "intake.validation.municipality.format"));
        } else if (!known.test(code.trim())) {
            errors.add(new FieldError(field, "intake.validation.municipality.unknown", code.trim()));
        }
    }

    private static void document(String field, PersonIdentity p, List<FieldError> errors) {
        if (p != null && p.documentType() != null) {
            IdentityDocuments.problem(p.documentType(), p.documentNumber())
                    .ifPresent(key -> errors.add(new FieldError(field + ".documentNumber", key)));
        }
    }
}
