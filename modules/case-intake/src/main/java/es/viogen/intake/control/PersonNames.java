package es.viogen.intake.control;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Approximate matching of people's names: a key without accents, case or punctuation, and a trigram similarity
 * (the same measure as PostgreSQL's pg_trgm) so that "María José Pérez" and "Maria Jose Perez" or a typo still
 * match.
 */
public final class PersonNames {

    /** Names at least this similar (with the same date of birth) are shown as possible duplicates. */
    public static final double MATCH_THRESHOLD = 0.55;

    private PersonNames() {
    }

    public static String key(String first, String last1, String last2) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[]{first, last1, last2}) {
            if (part != null && !part.isBlank()) {
                sb.append(' ').append(part);
            }
        }
        String plain = Normalizer.normalize(sb.toString(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9ñ ]", " ").replaceAll("\\s+", " ").trim();
        return plain;
    }

    /** Trigram similarity of two keys, 0..1 (shared trigrams over all distinct trigrams). */
    public static double similarity(String a, String b) {
        Set<String> ta = trigrams(a);
        Set<String> tb = trigrams(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(ta);
        shared.retainAll(tb);
        Set<String> all = new HashSet<>(ta);
        all.addAll(tb);
        return (double) shared.size() / all.size();
    }

    static Set<String> trigrams(String key) {
        Set<String> out = new HashSet<>();
        if (key == null) {
            return out;
        }
        for (String word : key.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                out.add(padded.substring(i, i + 3));
            }
        }
        return out;
    }
}
