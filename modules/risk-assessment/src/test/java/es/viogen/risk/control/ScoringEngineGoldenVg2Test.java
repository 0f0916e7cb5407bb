package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden answer sets of the VG2 instruments (VPR 5.0-VG2, VPER-I 4.1-VG2, VPER-P 4.1-VG2): each row gives the level,
 * whether the case is de especial relevancia, and exactly which red flags apply. {@link #everyRedFlagIsCovered()}
 * fails when an instrument gains a red flag that no row shows firing on its own indicators.
 */
class ScoringEngineGoldenVg2Test {

    private static final Map<String, Set<String>> COVERED = new ConcurrentHashMap<>();

    private static Instrument instrument(String name) {
        return switch (name) {
            case "VPR" -> Instruments.vpr2();
            case "VPER-I" -> Instruments.vperIncident2();
            case "VPER-P" -> Instruments.vperPeriodic2();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} {1}: {3}, ER {4}, flags {5}")
    @CsvSource(delimiter = '|', value = {
            // instrument | case | yes | level | especial relevancia | red flags fired
            "VPR    | nothing                              |             | NO_APRECIADO | false | ",
            "VPR    | strangulation                        | I36         | ALTO         | false | RF_STRANGULATION",
            "VPR    | threats to kill                      | I05         | MEDIO        | false | RF_THREAT_TO_KILL",
            "VPR    | threats to the minors                | I28 I30     | MEDIO        | false | RF_THREAT_TO_MINORS",
            "VPR    | access to weapons                    | I16         | MEDIO        | false | RF_WEAPONS",
            "VPR    | strangulation with threats to kill   | I36 I05     | EXTREMO      | true  | RF_STRANGULATION RF_THREAT_TO_KILL RF_STRANGULATION_AND_THREATS",
            "VPR    | threats to kill, weapon available    | I05 I16     | ALTO         | true  | RF_THREAT_TO_KILL RF_WEAPONS RF_WEAPONS_AND_THREATS",
            "VPR    | threats to kill, weapon used         | I05 I04     | ALTO         | true  | RF_THREAT_TO_KILL RF_WEAPON_USED_AND_THREATS",
            "VPR    | separation and control               | I32 I09     | MEDIO        | false | RF_SEPARATION_AND_CONTROL",
            "VPR    | violence during pregnancy            | I24 I02     | MEDIO        | false | RF_PREGNANCY_AND_VIOLENCE",
            "VPR    | stalking after separation            | I10 I32     | MEDIO        | false | RF_STALKING_AND_SEPARATION",
            "VPR    | breach of judicial measures          | I14         | MEDIO        | false | RF_BREACH",
            "VPR    | weapon used, no threats              | I04         | BAJO         | false | ",
            "VPR    | strangulation alone is not ER        | I36 I01     | ALTO         | false | RF_STRANGULATION",
            "VPER-I | nothing new                          |             | NO_APRECIADO | false | ",
            "VPER-I | strangulation now                    | E02         | ALTO         | false | RF_STRANGULATION",
            "VPER-I | threats to kill now                  | E03         | MEDIO        | false | RF_THREAT_TO_KILL",
            "VPER-I | threats to the minors                | E04         | MEDIO        | false | RF_THREAT_TO_MINORS",
            "VPER-I | access to weapons                    | E09         | MEDIO        | false | RF_WEAPONS",
            "VPER-I | strangulation with threats to kill   | E02 E03     | EXTREMO      | true  | RF_STRANGULATION RF_THREAT_TO_KILL RF_STRANGULATION_AND_THREATS",
            "VPER-I | threats to kill, weapon available    | E03 E09     | ALTO         | true  | RF_THREAT_TO_KILL RF_WEAPONS RF_WEAPONS_AND_THREATS",
            "VPER-I | threats to kill, weapon used         | E03 E05     | ALTO         | true  | RF_THREAT_TO_KILL RF_WEAPON_USED_AND_THREATS",
            "VPER-I | breach                               | E06         | MEDIO        | false | RF_BREACH",
            "VPER-I | strangulation on record              | H01         | ALTO         | false | RF_HISTORY_STRANGULATION",
            "VPER-I | threats to kill on record            | H02         | MEDIO        | false | RF_HISTORY_THREAT_TO_KILL",
            "VPER-I | weapon used on record                | H03         | MEDIO        | false | RF_HISTORY_WEAPON_USED",
            "VPER-I | breaches on record                   | H04         | MEDIO        | false | RF_HISTORY_BREACH",
            "VPER-I | strangulation on record, threats now | H01 E03     | ALTO         | true  | RF_HISTORY_STRANGULATION RF_THREAT_TO_KILL",
            "VPER-P | nothing                              |             | NO_APRECIADO | false | ",
            "VPER-P | access to weapons                    | P05         | MEDIO        | false | RF_WEAPONS",
            "VPER-P | weapons and recent violence          | P05 P01     | ALTO         | true  | RF_WEAPONS RF_WEAPONS_AND_VIOLENCE",
            "VPER-P | breach since the last assessment     | P04         | MEDIO        | false | RF_BREACH",
            "VPER-P | strangulation on record              | H01         | ALTO         | false | RF_HISTORY_STRANGULATION",
            "VPER-P | threats to kill on record            | H02         | MEDIO        | false | RF_HISTORY_THREAT_TO_KILL",
            "VPER-P | weapon used on record                | H03         | MEDIO        | false | RF_HISTORY_WEAPON_USED",
            "VPER-P | breaches on record                   | H04         | MEDIO        | false | RF_HISTORY_BREACH",
            "VPER-P | strangulation on record, new threats | H01 P01     | ALTO         | true  | RF_HISTORY_STRANGULATION",
            "VPER-P | all history, nothing new             | H01 H02 H03 H04 | ALTO     | false | RF_HISTORY_STRANGULATION RF_HISTORY_THREAT_TO_KILL RF_HISTORY_WEAPON_USED RF_HISTORY_BREACH",
    })
    void golden(String name, String label, String yes, RiskLevel level, boolean especial, String flags) {
        Instrument in = instrument(name);
        Scoring s = ScoringEngine.score(in, Instruments.answers(in, yes, ""));
        assertEquals(level, s.computedLevel(), "level");
        assertEquals(especial, s.especialRelevancia(), "especial relevancia");
        Set<String> fired = s.redFlags().stream().map(RedFlagRule::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = flags == null ? new TreeSet<>()
                : Arrays.stream(flags.trim().split("\\s+")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, fired, "red flags");
        COVERED.computeIfAbsent(name, k -> ConcurrentHashMap.newKeySet()).addAll(fired);
    }

    @AfterAll
    static void everyRedFlagIsCovered() {
        for (String name : new String[]{"VPR", "VPER-I", "VPER-P"}) {
            Set<String> all = instrument(name).redFlags().stream().map(RedFlagRule::code)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> covered = COVERED.getOrDefault(name, Set.of());
            all.removeAll(covered);
            assertTrue(all.isEmpty(), name + ": red flags without a golden row: " + all);
        }
    }

    @Test
    void factsAreDeclaredAndReceivedByTheHistoryIndicators() {
        Instrument p = Instruments.vperPeriodic2();
        assertEquals("H01", p.indicatorReceiving("STRANGULATION").orElseThrow());
        assertEquals("H04", p.indicatorReceiving("BREACH").orElseThrow());
        Instrument vpr = Instruments.vpr2();
        assertEquals(java.util.List.of("STRANGULATION", "THREAT_TO_KILL"),
                vpr.factsEstablishedBy(Instruments.answers(vpr, "I36 I05 I01", "")));
        Instrument i = Instruments.vperIncident2();
        assertEquals(java.util.List.of("STRANGULATION"), i.factsEstablishedBy(Instruments.answers(i, "E02", "")),
                "a strangulation in this incident establishes the fact too");
    }

    @Test
    void aStrangulationOnRecordHoldsAnAllNoPeriodicFormAtAlto() {
        Instrument p = Instruments.vperPeriodic2();
        Map<String, String> raw = new HashMap<>();
        p.indicators().forEach(ind -> raw.put(ind.code(), "NO"));
        raw.remove("H01");
        raw.remove("H02");
        Map<String, String> carried = KnownFacts.carryInto(p, Map.of("STRANGULATION", 7L, "THREAT_TO_KILL", 7L), raw);
        assertEquals("SI", carried.get("H01"));
        assertEquals("SI", carried.get("H02"));
        Decision d = ScoringEngine.assess(p, AnswerSheet.of(p, carried), Judgement.NONE);
        assertEquals(RiskLevel.ALTO, d.finalLevel(), "strangulation on record keeps its minimum");
    }

    @Test
    void aKnownFactCannotBeAnsweredNo() {
        Instrument p = Instruments.vperPeriodic2();
        Map<String, String> raw = new HashMap<>();
        p.indicators().forEach(ind -> raw.put(ind.code(), "NO"));
        es.viogen.platform.api.InvalidInput e = assertThrows(es.viogen.platform.api.InvalidInput.class,
                () -> KnownFacts.carryInto(p, Map.of("STRANGULATION", 7L), raw));
        assertEquals("answers.H01", e.fieldErrors().get(0).field());
        assertEquals("risk.facts.cannotBecomeUntrue", e.fieldErrors().get(0).messageKey());
        // an instrument without an indicator for the fact leaves the answers as they are
        Instrument old = Instruments.vperPeriodic();
        Map<String, String> oldRaw = new HashMap<>();
        old.indicators().forEach(ind -> oldRaw.put(ind.code(), "NO"));
        assertEquals(oldRaw, KnownFacts.carryInto(old, Map.of("STRANGULATION", 7L), oldRaw));
    }

    @Test
    void herPerceptionIsNotCountedTwiceWithTheBeliefIndicator() {
        Instrument vpr = Instruments.vpr2();
        // I01 I02 I06 I07 I11 = 11 points (bajo); her belief I26 adds 4 = 15 (medio)
        Map<String, Answer> withBelief = Instruments.answers(vpr, "I01 I02 I06 I07 I11 I26", "");
        Decision d = ScoringEngine.assess(vpr, withBelief, new Judgement(true, RiskLevel.EXTREMO, null, null));
        assertEquals(RiskLevel.MEDIO, d.computedLevel(), "the belief indicator's points are in the score");
        assertEquals(RiskLevel.MEDIO, d.finalLevel(),
                "one step above what the answers give without her belief (bajo), not above medio again");
        Decision without = ScoringEngine.assess(vpr, Instruments.answers(vpr, "I01 I02 I06 I07 I11", ""),
                new Judgement(true, RiskLevel.EXTREMO, null, null));
        assertEquals(RiskLevel.BAJO, without.computedLevel());
        assertEquals(RiskLevel.MEDIO, without.finalLevel(), "her perception alone: one step");
        Decision confirmed = ScoringEngine.assess(vpr, withBelief,
                new Judgement(true, RiskLevel.EXTREMO, null, null, "confirmed in interview"));
        assertEquals(RiskLevel.EXTREMO, confirmed.finalLevel());
        assertNull(d.victimConfirmReason());
        assertFalse(without.raisedByOfficer());
    }
}
