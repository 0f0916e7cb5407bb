package es.viogen.risk.control;

import java.util.Map;

/**
 * The dual H-scale: its own weights over a subset of the indicators; a score at or above {@code threshold} marks the
 * case "de especial relevancia".
 */
public record HScale(Map<String, Integer> weights, int threshold) {

    public HScale {
        weights = Map.copyOf(weights);
    }
}
