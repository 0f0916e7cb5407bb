package es.viogen.risk.control;

import java.util.Locale;
import java.util.Optional;

/** The answer to one indicator: Sí / No / No se sabe. */
public enum Answer {
    YES, NO, UNKNOWN;

    /** Accepts the Spanish codes (SI, NO, NO_SE_SABE) and the English ones (YES, NO, UNKNOWN). */
    public static Optional<Answer> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String v = s.trim().toUpperCase(Locale.ROOT).replace('Í', 'I').replace(' ', '_');
        return switch (v) {
            case "SI", "YES" -> Optional.of(YES);
            case "NO" -> Optional.of(NO);
            case "NO_SE_SABE", "UNKNOWN", "NS" -> Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }

    /** The Spanish code used in the API and stored answers. */
    public String code() {
        return switch (this) {
            case YES -> "SI";
            case NO -> "NO";
            case UNKNOWN -> "NO_SE_SABE";
        };
    }
}
