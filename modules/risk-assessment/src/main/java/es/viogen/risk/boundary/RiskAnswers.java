package es.viogen.risk.boundary;

import es.viogen.platform.api.RiskLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Shapes of the risk REST resources that the contract documents: the instruments' answers (JSON-B records), and the
 * bodies that the resources read field by field (so that each error names its field) — those records describe the
 * body for the contract and are not bound; their constraints are the ones the resource and the facade check.
 */
public final class RiskAnswers {

    private RiskAnswers() {
    }

    /** A version of an instrument in the library; {@code href} reads its definition. */
    public record InstrumentSummary(String code, String version, String kind, String title, boolean current,
                                    String source, Instant loadedAt, String sha256, String href) {
    }

    /**
     * An instrument version's definition exactly as it was loaded (its SHA-256 is the one listed): texts in Spanish
     * and English, factors and their weighted indicators, cut points, red flags, the H-scale, the minors' rules and the
     * facts of a case that answer indicators.
     */
    public record InstrumentDefinition(String code, String version, String kind, Map<String, String> title,
                                       Map<String, String> notice, double minimumConfidence,
                                       List<DefinitionFactor> factors, List<DefinitionCutPoint> cutPoints,
                                       List<DefinitionRedFlag> redFlags, DefinitionHScale hScale,
                                       Map<String, Object> minors, Map<String, List<String>> facts) {
    }

    /** A factor and its indicators. */
    public record DefinitionFactor(String code, Map<String, String> name, List<DefinitionIndicator> indicators) {
    }

    /** An indicator: its code, number, text and weight. */
    public record DefinitionIndicator(String code, int number, Map<String, String> text, int weight) {
    }

    /** The score from which a level applies. */
    public record DefinitionCutPoint(String level, int minScore) {
    }

    /** A combination of indicators that lifts the level to at least {@code minimumLevel}. */
    public record DefinitionRedFlag(String code, Map<String, String> label, List<String> allOf, String minimumLevel) {
    }

    /** The H-scale (risk of a lethal outcome): weights, threshold and decisive combinations. */
    public record DefinitionHScale(int threshold, Map<String, Integer> weights, List<List<String>> combinations) {
    }

    /**
     * A risk assessment as submitted: {@code answers} maps every indicator code of the instrument to SI, NO or
     * NO_SE_SABE; the rest is optional.
     */
    public record AssessmentSubmission(@NotEmpty Map<String, String> answers, String instrumentCode,
                                       String instrumentVersion, Boolean victimPerceptionAsked,
                                       RiskLevel victimPerceivedLevel, RiskLevel overrideLevel,
                                       @Size(max = 2000) String overrideReason,
                                       @Size(max = 2000) String victimConfirmReason,
                                       @Size(max = 2000) String dropReason) {
    }

    /** A victim's request for a review of her risk. */
    public record ReviewRequestInput(@NotNull LocalDate requestedOn, @NotNull String channel,
                                     @NotBlank @Size(max = 2000) String whatChanged) {
    }
}
