package es.viogen.platform.ui;

import es.viogen.platform.api.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The purpose of an audit row in the reader's language. The row keeps the purpose as the code wrote it (a short
 * English phrase with numbers and codes in it, e.g. {@code transfer 12 accepted} or {@code flag lifted:
 * MINORS_AT_RISK}); the sealed row is never changed, only its display. Numbers and codes become the arguments of a
 * bundle pattern found by the rest of the phrase ({@code audit.purpose.transfer-n-accepted}); codes are shown by their
 * own label when they have one. A purpose with no pattern yet is shown as written, marked as English.
 */
final class AuditPurposes {

    /** A number, or a code such as {@code MINORS_AT_RISK} or {@code PENDING}. */
    private static final Pattern VARIABLE = Pattern.compile("\\b(\\d+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,})\\b");

    private AuditPurposes() {
    }

    /** A purpose's pattern key and its arguments. */
    record Parsed(String key, List<String> args) {
    }

    static Parsed parse(String purpose) {
        Matcher m = VARIABLE.matcher(purpose);
        StringBuilder stem = new StringBuilder();
        List<String> args = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            stem.append(purpose, last, m.start()).append(" n ");
            args.add(m.group());
            last = m.end();
        }
        stem.append(purpose.substring(last));
        String key = stem.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return new Parsed("audit.purpose." + key, args);
    }

    /** The purpose in the reader's language, or null when no pattern exists for it. */
    static String label(String purpose, Texts texts) {
        if (purpose == null || purpose.isBlank()) {
            return "";
        }
        Parsed p = parse(purpose);
        String pattern = texts.get(p.key());
        if (pattern.startsWith("???")) {
            return null;
        }
        Object[] args = p.args().stream().map(a -> code(a, texts)).toArray();
        return args.length == 0 ? pattern : texts.get(p.key(), args);
    }

    private static String code(String value, Texts texts) {
        if (value.chars().allMatch(Character::isDigit)) {
            return value;
        }
        for (String prefix : new String[] {"audit.code.", "recordType.", "role."}) {
            String label = texts.get(prefix + value);
            if (!label.startsWith("???")) {
                return label;
            }
        }
        return value;
    }
}
