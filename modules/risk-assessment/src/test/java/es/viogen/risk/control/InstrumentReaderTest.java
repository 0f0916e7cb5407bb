package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.api.AssessmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstrumentReaderTest {

    @Test
    void theBundledInstrumentsAreValid() {
        Instrument vpr = Instruments.vpr();
        assertEquals("VPR", vpr.code());
        assertEquals("5.0-VG1", vpr.version());
        assertEquals(AssessmentKind.VPR, vpr.kind());
        assertEquals(5, vpr.factors().size());
        assertEquals(36, vpr.indicators().size(), "the 35 VPR 5.0 indicators plus attempted strangulation");
        assertEquals(RiskLevel.EXTREMO, vpr.cutPoints().get(4).level());
        assertTrue(vpr.notice(true).contains("ILUSTRATIVOS"));
        assertTrue(vpr.indicators().stream().allMatch(i -> i.textEs() != null && i.textEn() != null));
        assertEquals(AssessmentKind.VPER_INCIDENT, Instruments.vperIncident().kind());
        assertEquals(AssessmentKind.VPER_PERIODIC, Instruments.vperPeriodic().kind());
    }

    @Test
    void aSyntaxErrorIsRefusedWithItsPlace() {
        InstrumentRejected e = assertThrows(InstrumentRejected.class, () -> InstrumentReader.read("{\"code\": \"VPR\",\n \"version\": }"));
        assertEquals("risk.instrument.error.syntax", e.problems().get(0).messageKey());
        assertTrue(e.problems().get(0).path().startsWith("line 2"), e.problems().get(0).path());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative weight         | \"weight\": 2           | \"weight\": -2           | $.factors[0].indicators[0].weight | risk.instrument.error.outOfRange",
            "weight not a number     | \"weight\": 2           | \"weight\": \"dos\"      | $.factors[0].indicators[0].weight | risk.instrument.error.notInteger",
            "unknown kind            | \"kind\": \"VPR\"        | \"kind\": \"VPX\"        | $.kind                            | risk.instrument.error.unknownValue",
            "red flag on no indicator| \"allOf\": [           | \"allOf\": [\"I99\",     | $.redFlags[0].allOf[0]            | risk.instrument.error.unknownIndicator",
            "cut points not ascending| \"minScore\": 15         | \"minScore\": 3          | $.cutPoints[2].minScore           | risk.instrument.error.scoresNotAscending",
            "unknown level           | \"level\": \"ALTO\"      | \"level\": \"MUY_ALTO\"  | $.cutPoints[3].level              | risk.instrument.error.unknownValue",
            "duplicate indicator     | \"code\": \"I02\"        | \"code\": \"I01\"        | $.factors[0].indicators[1].code   | risk.instrument.error.duplicate",
            "H threshold unreachable | \"threshold\": 8         | \"threshold\": 80        | $.hScale.threshold                | risk.instrument.error.hScaleUnreachable",
            "missing Spanish text    | \"es\": \"Violencia física\", | \"fr\": \"x\",       | $.factors[0].indicators[1].text.es | risk.instrument.error.required",
    })
    void aMalformedDefinitionIsRefusedNamingWhatIsWrong(String name, String find, String replace, String path, String key) {
        String good = Instruments.json("vpr-5.0-vg1.json");
        assertTrue(good.contains(find), "fixture contains " + find);
        String bad = good.replaceFirst(java.util.regex.Pattern.quote(find), java.util.regex.Matcher.quoteReplacement(replace));
        InstrumentRejected e = assertThrows(InstrumentRejected.class, () -> InstrumentReader.read(bad));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals(path) && p.messageKey().equals(key)),
                "expected " + path + " " + key + " in " + e.problems());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InstrumentRejected e = assertThrows(InstrumentRejected.class, () -> InstrumentReader.read(
                "{\"code\": \"vpr\", \"kind\": \"VPR\", \"factors\": [], \"cutPoints\": []}"));
        var paths = e.problems().stream().map(InstrumentProblem::path).toList();
        assertTrue(paths.containsAll(java.util.List.of("$.code", "$.version", "$.title", "$.factors", "$.cutPoints",
                "$.hScale", "$.minors")), paths.toString());
    }
}
