package es.viogen.risk.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;

/**
 * The expected probability of an outcome after an assessment, per instrument version, as a logistic function of its
 * score (protocol data {@code es/viogen/risk/protocol/outcome-model.json}; illustrative, like the weights). It is
 * what the Brier score and the calibration table compare the observed outcomes with, and what the national dataset
 * generator draws its outcomes from.
 */
public record OutcomeModel(String instrument, double intercept, double slope, int windowDays) implements IntToDoubleFunction,
        java.io.Serializable {

    public static final String RESOURCE = "es/viogen/risk/protocol/outcome-model.json";

    private static final Map<String, OutcomeModel> MODELS = load();

    /** The model of {@code code/version}, if the protocol data has one. */
    public static Optional<OutcomeModel> of(String code, String version) {
        return Optional.ofNullable(MODELS.get(code + "/" + version));
    }

    /** Expected probability of an outcome within {@link #windowDays()} at this score. */
    public double probability(int score) {
        return 1 / (1 + Math.exp(-(intercept + slope * score)));
    }

    @Override
    public double applyAsDouble(int score) {
        return probability(score);
    }

    private static Map<String, OutcomeModel> load() {
        try (InputStream in = OutcomeModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            try (JsonReader r = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                JsonObject o = r.readObject();
                int window = o.getInt("windowDays");
                Map<String, OutcomeModel> m = new LinkedHashMap<>();
                o.getJsonObject("models").forEach((k, v) -> {
                    JsonObject x = v.asJsonObject();
                    m.put(k, new OutcomeModel(k, x.getJsonNumber("intercept").doubleValue(),
                            x.getJsonNumber("slope").doubleValue(), window));
                });
                return Map.copyOf(m);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
