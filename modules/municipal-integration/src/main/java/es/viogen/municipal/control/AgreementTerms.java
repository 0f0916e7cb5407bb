package es.viogen.municipal.control;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RiskLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of an adhesion agreement: it runs {@code termYears} (4 by default) from signing; its renewal is due six
 * months before it expires (the window in which alerts are raised). The local police may own cases up to
 * {@link #DEFAULT_MAX_LEVEL}; alto and extremo stay with Policía Nacional or Guardia Civil.
 */
public final class AgreementTerms {

    public static final int DEFAULT_TERM_YEARS = 4;
    public static final int RENEWAL_NOTICE_MONTHS = 6;
    public static final RiskLevel DEFAULT_MAX_LEVEL = RiskLevel.MEDIO;

    private AgreementTerms() {
    }

    public static LocalDate expiresOn(LocalDate signedOn, int termYears) {
        return signedOn.plusYears(termYears);
    }

    public static LocalDate renewalDue(LocalDate signedOn, int termYears) {
        return expiresOn(signedOn, termYears).minusMonths(RENEWAL_NOTICE_MONTHS);
    }

    /** Whether the renewal alert is due on {@code today}: inside the notice window, or already expired. */
    public static boolean renewalAlertDue(LocalDate renewalDue, LocalDate today) {
        return !today.isBefore(renewalDue);
    }

    public static void validate(LocalDate signedOn, Integer termYears, RiskLevel maxLevel, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (signedOn == null) {
            errors.add(new FieldError("signedOn", "validation.required"));
        } else if (signedOn.isAfter(today)) {
            errors.add(new FieldError("signedOn", "municipal.agreement.futureSigning"));
        }
        if (termYears == null || termYears < 1 || termYears > 10) {
            errors.add(new FieldError("termYears", "municipal.agreement.badTerm"));
        }
        if (maxLevel == null) {
            errors.add(new FieldError("maxLevel", "validation.required"));
        } else if (maxLevel.isAtLeast(RiskLevel.ALTO)) {
            errors.add(new FieldError("maxLevel", "municipal.agreement.levelTooHigh"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
