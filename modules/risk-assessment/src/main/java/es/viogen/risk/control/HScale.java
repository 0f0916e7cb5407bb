package es.viogen.risk.control;

import java.util.List;
import java.util.Map;

/**
 * The dual H-scale: its own weights over a subset of the indicators; a score at or above {@code threshold} marks the
 * case "de especial relevancia". So does any of the {@code combinations} (each a set of indicators that together are
 * known to mark lethal danger, e.g. attempted strangulation with threats to kill) answered "Sí" in full.
 */
public record HScale(Map<String, Integer> weights, int threshold, List<List<String>> combinations) {

    public HScale {
        weights = Map.copyOf(weights);
        combinations = combinations == null ? List.of() : combinations.stream().map(List::copyOf).toList();
    }

    public HScale(Map<String, Integer> weights, int threshold) {
        this(weights, threshold, List.of());
    }
}
