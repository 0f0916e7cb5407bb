package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden table: answer sets of the bundled (illustrative) instruments with the level and score they must give.
 * A change of weights or cut points in the instrument files must come with a change to this table.
 */
class ScoringEngineGoldenTest {

    @ParameterizedTest(name = "VPR {0}: {3} ({4} points)")
    @CsvSource(delimiter = '|', value = {
            "nothing                         |                                             |            | NO_APRECIADO | 0",
            "psychological only              | I01                                         |            | NO_APRECIADO | 2",
            "minors in care only             | I28                                         |            | NO_APRECIADO | 1",
            "psychological and physical      | I01 I02                                     |            | BAJO         | 5",
            "just under medio                | I04 I03 I06 I07                             |            | BAJO         | 14",
            "exactly medio                   | I04 I03 I06 I01                             |            | MEDIO        | 15",
            "pattern of violence and control | I01 I02 I03 I06 I08 I09                     |            | MEDIO        | 19",
            "just under alto                 | I03 I04 I06 I08 I13 I14 I17 I01             |            | MEDIO        | 29",
            "exactly alto                    | I03 I04 I06 I08 I13 I14 I17 I01 I07         |            | ALTO         | 30",
            "long history                    | I01 I02 I03 I04 I06 I08 I10 I12 I13 I14     |            | ALTO         | 34",
            "just under extremo              | I08 I09 I10 I11 I12 I13 I14 I15 I16 I17 I18 I19 I20 I01 I02 I03 I07 I21 I25 | | ALTO | 49",
            "exactly extremo                 | I08 I09 I10 I11 I12 I13 I14 I15 I16 I17 I18 I19 I20 I01 I02 I03 I06 | | EXTREMO | 50",
            "red flag: strangulation         | I36                                         |            | ALTO         | 6",
            "red flag: threat to kill        | I05                                         |            | MEDIO        | 5",
            "red flag: threat to the minors  | I28 I30                                     |            | MEDIO        | 5",
            "red flag: weapons               | I16                                         |            | MEDIO        | 5",
            "red flag: weapons and threats   | I16 I05                                     |            | ALTO         | 10",
            "red flag: strangling, threats   | I36 I05                                     |            | EXTREMO      | 11",
            "red flag: separation, control   | I32 I09                                     |            | MEDIO        | 6",
            "unknowns add nothing            | I01 I02                                     | I36 I05 I16 | BAJO         | 5",
            "everything                      | I01 I02 I03 I04 I05 I06 I07 I08 I09 I10 I11 I12 I13 I14 I15 I16 I17 I18 I19 I20 I21 I22 I23 I24 I25 I26 I27 I28 I29 I30 I31 I32 I33 I34 I35 I36 | | EXTREMO | 100",
    })
    void vpr(String name, String yes, String unknown, RiskLevel expected, int score) {
        Instrument in = Instruments.vpr();
        Scoring s = ScoringEngine.score(in, Instruments.answers(in, yes, unknown));
        assertEquals(score, s.score(), "score");
        assertEquals(expected, s.computedLevel(), "level");
    }

    @ParameterizedTest(name = "VPER with incident {0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "nothing new                 |                         | NO_APRECIADO",
            "new aggression              | E01                     | BAJO",
            "aggression and escalation   | E01 E07 E08             | MEDIO",
            "strangulation               | E02                     | ALTO",
            "strangulation and threats   | E02 E03                 | EXTREMO",
            "breach                      | E06                     | MEDIO",
            "many                        | E01 E05 E06 E07 E08 E10 | ALTO",
    })
    void vperWithIncident(String name, String yes, RiskLevel expected) {
        Instrument in = Instruments.vperIncident();
        assertEquals(expected, ScoringEngine.score(in, Instruments.answers(in, yes, "")).computedLevel());
    }

    @ParameterizedTest(name = "VPER periodic {0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "calm                        |                 | NO_APRECIADO",
            "control persists            | P02             | BAJO",
            "breach                      | P04             | BAJO",
            "violence and contact        | P01 P03 P02     | MEDIO",
            "weapons and violence        | P05 P01         | ALTO",
            "everything                  | P01 P02 P03 P04 P05 P06 P07 P08 P09 P10 P11 P12 P13 | EXTREMO",
    })
    void vperPeriodic(String name, String yes, RiskLevel expected) {
        Instrument in = Instruments.vperPeriodic();
        assertEquals(expected, ScoringEngine.score(in, Instruments.answers(in, yes, "")).computedLevel());
    }

    @ParameterizedTest(name = "H-scale {0}: especial relevancia {2}")
    @CsvSource(delimiter = '|', value = {
            "nothing                      |                  | false | 0",
            "strangulation and threats    | I36 I05          | false | 6",
            "plus weapons reaches 8       | I36 I05 I16      | true  | 8",
            "separation, jealousy, stalk  | I32 I08 I10      | false | 4",
            "weapons, escalation, breach, suicide | I16 I06 I14 I17 | true | 8",
    })
    void hScale(String name, String yes, boolean especialRelevancia, int hScore) {
        Instrument in = Instruments.vpr();
        Scoring s = ScoringEngine.score(in, Instruments.answers(in, yes, ""));
        assertEquals(hScore, s.hScore());
        assertEquals(especialRelevancia, s.especialRelevancia());
    }

    @ParameterizedTest(name = "minors {0}: at risk {2}, vulnerable {3}")
    @CsvSource(delimiter = '|', value = {
            "no minors, threats to them     | I30         | false | false",
            "minors, nothing else           | I28         | false | false",
            "minors threatened              | I28 I30     | true  | true",
            "minors exposed                 | I28 I31     | false | true",
            "minors, level alto             | I28 I36     | true  | true",
            "minors, level medio            | I28 I05     | false | true",
    })
    void minors(String name, String yes, boolean atRisk, boolean vulnerable) {
        Instrument in = Instruments.vpr();
        Map<String, Answer> a = Instruments.answers(in, yes, "");
        Decision d = ScoringEngine.assess(in, a, Judgement.NONE);
        assertEquals(atRisk, d.minorsAtRisk(), "minors at risk");
        assertEquals(vulnerable, d.minorsVulnerable(), "minors vulnerable");
    }
}
