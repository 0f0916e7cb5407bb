package es.viogen.risk.control;

import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.RuleViolation;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringEngineTest {

    private final Instrument vpr = Instruments.vpr();

    @Test
    void aRedFlagLiftsALowScoreToItsMinimumLevel() {
        Scoring s = ScoringEngine.score(vpr, Instruments.answers(vpr, "I36", ""));
        assertEquals(RiskLevel.BAJO, s.scoreLevel(), "the score alone says bajo");
        assertEquals(RiskLevel.ALTO, s.redFlagMinimum());
        assertEquals(RiskLevel.ALTO, s.computedLevel());
        assertEquals("RF_STRANGULATION", s.redFlags().get(0).code());
    }

    @Test
    void contributionsAddUpToTheScore() {
        Scoring s = ScoringEngine.score(vpr, Instruments.answers(vpr, "I01 I02 I16 I30", "I05"));
        assertEquals(s.score(), s.contributions().stream().mapToInt(Contribution::points).sum());
        assertEquals(36, s.contributions().size());
        assertEquals("I16", s.drivers(3).get(0).indicatorCode(), "heaviest first");
        assertEquals(100, s.maxScore());
    }

    @Test
    void unknownAnswersLowerTheConfidenceAndTooManyAskForAFollowUp() {
        Scoring few = ScoringEngine.score(vpr, Instruments.answers(vpr, "I01", "I33"));
        assertEquals(0.99, few.confidence(), 1e-9);
        assertFalse(few.lowConfidence());

        Scoring many = ScoringEngine.score(vpr, Instruments.answers(vpr, "I01",
                "I02 I03 I04 I05 I06 I10 I16 I36 I14"));
        assertTrue(many.confidence() < 0.75);
        assertTrue(many.lowConfidence());
        assertEquals(9, many.unknownCount());
        assertTrue(ScoringEngine.assess(vpr, Instruments.answers(vpr, "I01", "I02 I03 I04 I05 I06 I10 I16 I36 I14"),
                Judgement.NONE).followUpDue());
        assertEquals(RiskLevel.EXTREMO, many.levelIfUnknownsYes(), "what the unknowns could hide");
    }

    @Test
    void manyLightUnknownsAlsoLowerConfidence() {
        Scoring s = ScoringEngine.score(vpr, Instruments.answers(vpr, "",
                "I07 I11 I21 I25 I27 I28 I33 I12 I15 I18 I19"));
        assertTrue(s.confidence() >= 0.75, "little weight unknown");
        assertTrue(s.lowConfidence(), "but eleven of 36 questions unanswered");
    }

    @Test
    void whatWouldChangeTheLevelListsTheIndicatorsThatWouldRaiseIt() {
        Scoring s = ScoringEngine.score(vpr, Instruments.answers(vpr, "I05", ""));
        assertEquals(RiskLevel.MEDIO, s.computedLevel());
        assertEquals("I36", s.whatWouldChange().get(0).indicatorCode(), "strangulation would make it extremo");
        assertEquals(RiskLevel.EXTREMO, s.whatWouldChange().get(0).level());
        assertTrue(s.whatWouldChange().stream().anyMatch(c -> c.indicatorCode().equals("I16")
                && c.level() == RiskLevel.ALTO));
        assertTrue(s.whatWouldChange().stream().noneMatch(c -> c.indicatorCode().equals("I01")),
                "two points do not change the level");
        assertEquals(RiskLevel.BAJO, s.scoreLevel());
        assertEquals(10, s.pointsToNextLevel(), "5 points, medio starts at 15");
        assertEquals(RiskLevel.MEDIO, s.nextLevel());
    }

    @Test
    void aLoweringOverrideIsRefusedWithAClearMessage() {
        Map<String, Answer> a = Instruments.answers(vpr, "I36", "");
        RuleViolation e = assertThrows(RuleViolation.class, () -> ScoringEngine.assess(vpr, a,
                new Judgement(true, null, RiskLevel.BAJO, "she seems calm")));
        assertEquals("RISK_OVERRIDE_LOWERING", e.rule());
        assertEquals("risk.override.lowering", e.messageKey());
        assertEquals("bajo", e.args()[0]);
        assertEquals("alto", e.args()[1]);
    }

    @Test
    void theOfficerMayRaiseTheLevelGivingAReason() {
        Map<String, Answer> a = Instruments.answers(vpr, "I01", "");
        InvalidInput noReason = assertThrows(InvalidInput.class, () -> ScoringEngine.assess(vpr, a,
                new Judgement(true, null, RiskLevel.MEDIO, "  ")));
        assertEquals("overrideReason", noReason.fieldErrors().get(0).field());

        Decision d = ScoringEngine.assess(vpr, a, new Judgement(true, null, RiskLevel.MEDIO, "recent threats by phone"));
        assertEquals(RiskLevel.NO_APRECIADO, d.computedLevel());
        assertEquals(RiskLevel.MEDIO, d.finalLevel());
        assertTrue(d.raisedByOfficer());
        assertEquals("recent threats by phone", d.overrideReason());
    }

    @Test
    void keepingTheComputedLevelIsNoOverride() {
        Map<String, Answer> a = Instruments.answers(vpr, "I05", "");
        Decision d = ScoringEngine.assess(vpr, a, new Judgement(true, null, RiskLevel.MEDIO, null));
        assertFalse(d.raisedByOfficer());
        assertNull(d.officerLevel());
        assertEquals(RiskLevel.MEDIO, d.finalLevel());
    }

    @Test
    void theVictimsOwnPerceptionRaisesTheLevel() {
        Map<String, Answer> a = Instruments.answers(vpr, "I01 I02", "");
        // alone, her perception raises one step at most...
        Decision alone = ScoringEngine.assess(vpr, a, new Judgement(true, RiskLevel.ALTO, null, null));
        assertEquals(RiskLevel.BAJO, alone.computedLevel());
        assertEquals(RiskLevel.MEDIO, alone.finalLevel());
        assertTrue(alone.raisedByVictim());
        assertNull(alone.victimConfirmReason());
        // ...in full when the officer confirms it with a reason
        Decision d = ScoringEngine.assess(vpr, a, new Judgement(true, RiskLevel.ALTO, null, null, "she describes a plan"));
        assertEquals(RiskLevel.ALTO, d.finalLevel());
        assertTrue(d.raisedByVictim());
        assertEquals("she describes a plan", d.victimConfirmReason());
        // ...and the officer cannot go below it
        assertThrows(RuleViolation.class, () -> ScoringEngine.assess(vpr, a,
                new Judgement(true, RiskLevel.ALTO, RiskLevel.MEDIO, "x", "confirmed")));
        // her lower perception never lowers the computed level
        Decision lower = ScoringEngine.assess(vpr, Instruments.answers(vpr, "I36", ""),
                new Judgement(true, RiskLevel.BAJO, null, null));
        assertEquals(RiskLevel.ALTO, lower.finalLevel());
        assertFalse(lower.raisedByVictim());
    }

    @Test
    void whenSheCouldNotBeAskedSafelyAFollowUpIsDue() {
        Decision d = ScoringEngine.assess(vpr, Instruments.answers(vpr, "I01 I02", ""),
                new Judgement(false, RiskLevel.EXTREMO, null, null));
        assertTrue(d.followUpDue());
        assertEquals(RiskLevel.BAJO, d.finalLevel(), "a perception not asked is ignored");
    }

    @Test
    void missingAndInvalidAnswersAreRefusedNamingTheField() {
        Map<String, String> raw = new HashMap<>();
        vpr.indicators().forEach(i -> raw.put(i.code(), "NO"));
        raw.remove("I05");
        raw.put("I06", "quizá");
        raw.put("X99", "SI");
        InvalidInput e = assertThrows(InvalidInput.class, () -> AnswerSheet.of(vpr, raw));
        assertEquals(3, e.fieldErrors().size());
        assertTrue(e.fieldErrors().stream().anyMatch(f -> f.field().equals("answers.I05")));
        assertTrue(e.fieldErrors().stream().anyMatch(f -> f.field().equals("answers.I06")));
        assertTrue(e.fieldErrors().stream().anyMatch(f -> f.field().equals("answers.X99")));

        raw.remove("X99");
        raw.put("I05", "Sí");
        raw.put("I06", "No se sabe");
        Map<String, Answer> ok = AnswerSheet.of(vpr, raw);
        assertEquals(Answer.YES, ok.get("I05"));
        assertEquals(Answer.UNKNOWN, ok.get("I06"));
    }
}
