package es.viogen.risk.control;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Facts of a case that cannot become untrue (an attempted strangulation, threats to kill, use of a weapon, earlier
 * breaches) go into every later form that has an indicator for them as a known answer "Sí", so they keep their
 * red-flag minimums. A submission may leave those indicators out (they are filled in) or answer "Sí"; any other
 * answer is refused naming the indicator, never silently changed.
 */
public final class KnownFacts {

    private KnownFacts() {
    }

    /** The indicators of {@code in} that receive the case's known facts. */
    public static Set<String> carriedIndicators(Instrument in, Map<String, Long> known) {
        Set<String> out = new java.util.LinkedHashSet<>();
        known.keySet().forEach(f -> in.indicatorReceiving(f).ifPresent(out::add));
        return out;
    }

    /** The raw answers with the known facts filled in. */
    public static Map<String, String> carryInto(Instrument in, Map<String, Long> known, Map<String, String> raw) {
        Map<String, String> out = new LinkedHashMap<>(raw == null ? Map.of() : raw);
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, Long> fact : known.entrySet()) {
            in.indicatorReceiving(fact.getKey()).ifPresent(code -> {
                String given = out.get(code);
                if (given == null || given.isBlank()) {
                    out.put(code, "SI");
                } else if (Answer.parse(given).orElse(null) != Answer.YES) {
                    errors.add(new FieldError("answers." + code, "risk.facts.cannotBecomeUntrue", fact.getValue()));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return out;
    }
}
