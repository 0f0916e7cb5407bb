package es.viogen.risk.boundary;

import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RiskLevel;
import es.viogen.risk.control.Submission;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading a partner's submission body: every error names its field. */
class AssessmentResourceTest {

    private static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void aCompleteBodyIsRead() {
        Submission s = AssessmentResource.submission(json("""
                {"answers": {"I01": "SI", "I02": "NO_SE_SABE"}, "instrumentCode": "VPR",
                 "victimPerceptionAsked": true, "victimPerceivedLevel": "ALTO",
                 "overrideLevel": "EXTREMO", "overrideReason": "arma en casa"}"""));
        assertEquals("SI", s.answers().get("I01"));
        assertEquals("VPR", s.instrumentCode());
        assertNull(s.instrumentVersion());
        assertTrue(s.victimPerceptionAsked());
        assertEquals(RiskLevel.ALTO, s.victimPerceivedLevel());
        assertEquals(RiskLevel.EXTREMO, s.officerLevel());
        assertEquals("arma en casa", s.overrideReason());
    }

    @Test
    void withoutVictimPerceptionTheDefaultIsNotAsked() {
        assertFalse(AssessmentResource.submission(json("{\"answers\": {}}")).victimPerceptionAsked());
    }

    @Test
    void badFieldsAreNamed() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> AssessmentResource.submission(json("""
                {"answers": {"I01": true}, "victimPerceptionAsked": "yes", "overrideLevel": "MUY_ALTO",
                 "instrumentCode": 5}""")));
        var fields = e.fieldErrors().stream().map(FieldError::field).toList();
        assertTrue(fields.containsAll(java.util.List.of("answers.I01", "victimPerceptionAsked", "overrideLevel",
                "instrumentCode")), fields.toString());
        InvalidInput none = assertThrows(InvalidInput.class, () -> AssessmentResource.submission(json("{}")));
        assertEquals("answers", none.fieldErrors().get(0).field());
    }
}
