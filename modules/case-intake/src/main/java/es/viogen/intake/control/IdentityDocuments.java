package es.viogen.intake.control;

import es.viogen.intake.api.DocumentType;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spanish identity documents: DNI (8 digits and a check letter), NIE (X/Y/Z, 7 digits and a check letter) and
 * passports (letters and digits). The check letter is the remainder of the number divided by 23 looked up in
 * {@value #LETTERS} (for a NIE, X, Y and Z stand for 0, 1 and 2).
 */
public final class IdentityDocuments {

    static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final Pattern DNI = Pattern.compile("\\d{8}[A-Z]");
    private static final Pattern NIE = Pattern.compile("[XYZ]\\d{7}[A-Z]");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z0-9]{5,20}");

    private IdentityDocuments() {
    }

    /** Upper case without spaces, dots or hyphens ("12.345.678-z" becomes "12345678Z"); null stays null. */
    public static String normalise(String number) {
        if (number == null) {
            return null;
        }
        String n = number.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        return n.isEmpty() ? null : n;
    }

    public static char checkLetter(long number) {
        return LETTERS.charAt((int) (number % 23));
    }

    /**
     * Checks a document number of the given type.
     *
     * @return empty when valid, otherwise the bundle key of the problem
     */
    public static Optional<String> problem(DocumentType type, String rawNumber) {
        if (type == null) {
            return Optional.of("intake.validation.document.typeRequired");
        }
        String n = normalise(rawNumber);
        switch (type) {
            case NONE:
                return n == null ? Optional.empty() : Optional.of("intake.validation.document.numberWithoutType");
            case DNI:
                if (n == null) {
                    return Optional.of("intake.validation.required");
                }
                if (!DNI.matcher(n).matches()) {
                    return Optional.of("intake.validation.document.dniFormat");
                }
                return checkLetter(Long.parseLong(n.substring(0, 8))) == n.charAt(8)
                        ? Optional.empty() : Optional.of("intake.validation.document.dniLetter");
            case NIE:
                if (n == null) {
                    return Optional.of("intake.validation.required");
                }
                if (!NIE.matcher(n).matches()) {
                    return Optional.of("intake.validation.document.nieFormat");
                }
                long number = Long.parseLong("XYZ".indexOf(n.charAt(0)) + n.substring(1, 8));
                return checkLetter(number) == n.charAt(8)
                        ? Optional.empty() : Optional.of("intake.validation.document.nieLetter");
            case PASSPORT:
                if (n == null) {
                    return Optional.of("intake.validation.required");
                }
                return PASSPORT.matcher(n).matches() ? Optional.empty() : Optional.of("intake.validation.document.passportFormat");
            default:
                return Optional.of("intake.validation.document.typeRequired");
        }
    }

    public static boolean isValid(DocumentType type, String number) {
        return problem(type, number).isEmpty();
    }
}
