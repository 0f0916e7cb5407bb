package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: over many random answer sets, turning any one answer from "No" (or "No se sabe") to "Sí" never lowers
 * the score, the computed level, the final level, the H-scale flag or the minors flags. Seeded, so a failure repeats.
 */
class MonotonicityPropertyTest {

    private static final Answer[] ANSWERS = Answer.values();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vpr-5.0-vg1.json", "vper-i-4.1-vg1.json", "vper-p-4.1-vg1.json", "vpr-5.0-vg2.json",
            "vper-i-4.1-vg2.json", "vper-p-4.1-vg2.json"})
    void turningAnAnswerIntoSiNeverLowersTheLevel(String file) {
        Instrument in = InstrumentReader.read(Instruments.json(file));
        List<Indicator> indicators = in.indicators();
        Random random = new Random(20261123L ^ file.hashCode());
        int checks = 0;
        for (int run = 0; run < 3000; run++) {
            Map<String, Answer> answers = new HashMap<>();
            double yesShare = random.nextDouble();
            for (Indicator i : indicators) {
                double r = random.nextDouble();
                answers.put(i.code(), r < yesShare ? Answer.YES : ANSWERS[1 + random.nextInt(2)]);
            }
            Decision before = ScoringEngine.assess(in, answers, Judgement.NONE);
            for (Indicator i : indicators) {
                Answer was = answers.get(i.code());
                if (was == Answer.YES) {
                    continue;
                }
                answers.put(i.code(), Answer.YES);
                Decision after = ScoringEngine.assess(in, answers, Judgement.NONE);
                String what = file + " run " + run + ": " + i.code() + " " + was + " -> SI";
                assertTrue(after.scoring().score() >= before.scoring().score(), what + " lowered the score");
                assertTrue(after.computedLevel().isAtLeast(before.computedLevel()), what + " lowered the computed level");
                assertTrue(after.finalLevel().isAtLeast(before.finalLevel()), what + " lowered the final level");
                assertFalse(before.scoring().especialRelevancia() && !after.scoring().especialRelevancia(),
                        what + " removed especial relevancia");
                assertFalse(before.minorsAtRisk() && !after.minorsAtRisk(), what + " removed minors at risk");
                assertFalse(before.minorsVulnerable() && !after.minorsVulnerable(), what + " removed minors vulnerable");
                checks++;
                answers.put(i.code(), was);
            }
        }
        assertTrue(checks > 10_000, "enough flips checked: " + checks);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vpr-5.0-vg1.json", "vper-i-4.1-vg1.json", "vper-p-4.1-vg1.json", "vpr-5.0-vg2.json",
            "vper-i-4.1-vg2.json", "vper-p-4.1-vg2.json"})
    void theWhatWouldChangeListIsTrue(String file) {
        Instrument in = InstrumentReader.read(Instruments.json(file));
        Random random = new Random(7L ^ file.hashCode());
        for (int run = 0; run < 300; run++) {
            Map<String, Answer> answers = new HashMap<>();
            for (Indicator i : in.indicators()) {
                answers.put(i.code(), random.nextInt(5) == 0 ? Answer.YES : Answer.NO);
            }
            Scoring s = ScoringEngine.score(in, answers);
            for (LevelChange c : s.whatWouldChange()) {
                Map<String, Answer> flipped = new HashMap<>(answers);
                flipped.put(c.indicatorCode(), Answer.YES);
                RiskLevel level = ScoringEngine.score(in, flipped).computedLevel();
                assertTrue(level == c.level() && level.compareTo(s.computedLevel()) > 0, file + " " + c);
            }
        }
    }
}
