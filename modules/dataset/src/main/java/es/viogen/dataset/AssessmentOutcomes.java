package es.viogen.dataset;

import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.control.Answer;
import es.viogen.risk.control.AnswerSheet;
import es.viogen.risk.control.AssessmentViews;
import es.viogen.risk.control.Decision;
import es.viogen.risk.control.Indicator;
import es.viogen.risk.control.Instrument;
import es.viogen.risk.control.InstrumentReader;
import es.viogen.risk.control.Judgement;
import es.viogen.risk.control.ScoringEngine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Where the generated assessments' answers and results come from: answer sheets drawn at random and scored by the
 * risk module's own {@link ScoringEngine} on its bundled instruments, kept in a pool per instrument and per level.
 * The generator first decides each assessment's level (from the published distribution, {@link NationalDataset}),
 * then takes a scored sheet of that level, so answers, score, flags and level always agree as the application
 * would have computed them.
 *
 * <p>Hook for later work (issue 14): {@link IncidentModel} decides, from the scored sheet, whether a new incident
 * follows an assessment; the default ignores the score. A known logistic model of the score can be plugged in there
 * to generate outcomes whose relation to the score is known, for a validation study.
 */
final class AssessmentOutcomes {

    /** One scored sheet, with what the assessment row stores. */
    record Sheet(String instrumentCode, String instrumentVersion, String answers, int score, int maxScore,
                 RiskLevel scoreLevel, RiskLevel redFlagMinimum, RiskLevel computedLevel, RiskLevel finalLevel,
                 boolean especialRelevancia, int hScore, boolean minorsAtRisk, boolean minorsVulnerable,
                 double confidence, boolean lowConfidence, boolean followUpDue, String explanation) {
    }

    /** Whether an incident follows an assessment; issue 14 may plug a logistic model of the score in here. */
    interface IncidentModel {
        double probability(Sheet assessed);

        IncidentModel INDEPENDENT_OF_SCORE = s -> 0.2;
    }

    private static final String FOLDER = "es/viogen/risk/instruments/";

    private final Map<String, Map<RiskLevel, List<Sheet>>> pools = new LinkedHashMap<>();

    /** {@code sheetsPerInstrument}: 800 for the national volume; a small run needs fewer. */
    AssessmentOutcomes(long seed, List<String> files, int sheetsPerInstrument) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x5EED5EEDL);
        for (String file : files) {
            Instrument in = InstrumentReader.read(resource(file));
            Map<RiskLevel, List<Sheet>> byLevel = new EnumMap<>(RiskLevel.class);
            for (RiskLevel l : RiskLevel.values()) {
                byLevel.put(l, new ArrayList<>());
            }
            List<Indicator> indicators = in.indicators();
            for (int s = 0; s < sheetsPerInstrument; s++) {
                // from almost nothing present to almost everything present, so every level is reached
                double yes = Math.pow(r.nextDouble(), 1.6) * 0.95;
                double unknown = r.nextDouble() * 0.08;
                Map<String, String> raw = new LinkedHashMap<>();
                for (Indicator i : indicators) {
                    double u = r.nextDouble();
                    raw.put(i.code(), u < unknown ? "NO_SE_SABE" : u < unknown + yes ? "SI" : "NO");
                }
                Map<String, Answer> answers = AnswerSheet.of(in, raw);
                Decision d = ScoringEngine.assess(in, answers, Judgement.NONE);
                byLevel.get(d.finalLevel()).add(new Sheet(in.code(), in.version(), AssessmentViews.writeAnswers(answers),
                        d.scoring().score(), d.scoring().maxScore(), d.scoring().scoreLevel(),
                        d.scoring().redFlagMinimum(), d.computedLevel(), d.finalLevel(),
                        d.scoring().especialRelevancia(), d.scoring().hScore(), d.minorsAtRisk(),
                        d.minorsVulnerable(), d.scoring().confidence(), d.scoring().lowConfidence(), d.followUpDue(),
                        AssessmentViews.writeExplanation(d.scoring())));
            }
            pools.put(in.code() + "/" + in.version(), byLevel);
        }
    }

    /**
     * A sheet of {@code instrument} scored at {@code level}, or, when the instrument never reaches that level by
     * score alone, the highest sheet below it (the caller then records the officer's raise to {@code level}).
     */
    Sheet draw(String instrument, RiskLevel level, SplittableRandom r) {
        Map<RiskLevel, List<Sheet>> byLevel = pools.get(instrument);
        if (byLevel == null) {
            throw new IllegalArgumentException("no instrument " + instrument);
        }
        for (int l = level.ordinal(); l >= 0; l--) {
            List<Sheet> sheets = byLevel.get(RiskLevel.values()[l]);
            if (!sheets.isEmpty()) {
                return sheets.get(r.nextInt(sheets.size()));
            }
        }
        throw new IllegalStateException("instrument " + instrument + " produced no sheet at or below " + level);
    }

    Map<String, Map<RiskLevel, Integer>> census() {
        Map<String, Map<RiskLevel, Integer>> out = new LinkedHashMap<>();
        pools.forEach((k, v) -> {
            Map<RiskLevel, Integer> m = new EnumMap<>(RiskLevel.class);
            v.forEach((l, s) -> m.put(l, s.size()));
            out.put(k, m);
        });
        return out;
    }

    private static String resource(String file) {
        try (InputStream in = AssessmentOutcomes.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("missing instrument " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
