package es.viogen.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonTest {

    private static StrictJson.Reason reason(String body) {
        return StrictJson.check(body.getBytes(StandardCharsets.UTF_8)).map(StrictJson.Refusal::reason).orElse(null);
    }

    @ParameterizedTest
    @Timeout(value = 2, unit = TimeUnit.SECONDS)
    @ValueSource(strings = {
            "{\"a\":[1,2}",          // the shape that makes the binder's skip loop forever
            "{\"a\":{\"b\":1]",
            "{\"a\":[1,2",
            "{\"a\":",
            "{\"a\" 1}",
            "{\"a\":1,}",
            "[1,2,]",
            "{\"a\":1}}",
            "{\"a\":1} trailing",
            "{\"a\":1}{\"b\":2}",
            "{'a':1}",
            "{\"a\":01}",
            "{\"a\":tru}",
            "{\"a\":\"unterminated}",
            "{\"victim\":{\"names\":[\"x\",{\"y\":[}]}}",
            "}",
            "]"})
    void malformedDocumentsAreRefusedWithoutLooping(String body) {
        assertEquals(StrictJson.Reason.SYNTAX, reason(body), body);
    }

    @Test
    void wellFormedDocumentsPass() {
        assertTrue(StrictJson.check("{\"a\":[1,2],\"b\":{\"c\":null,\"d\":\"é\\n\"},\"e\":1.5e3}"
                .getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(StrictJson.check("[]".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void nestingIsBounded() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertEquals(StrictJson.Reason.DEPTH, reason(deep));
        String ok = "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH);
        assertTrue(StrictJson.check(ok.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void nulInAStringOrNameIsRefused() {
        assertEquals(StrictJson.Reason.NUL_CHARACTER, reason("{\"name\":\"Ana\\u0000\"}"));
        assertEquals(StrictJson.Reason.NUL_CHARACTER, reason("{\"na\\u0000me\":\"Ana\"}"));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] latin1 = "{\"name\":\"Mar\u00eda\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(StrictJson.Reason.ENCODING, StrictJson.check(latin1).orElseThrow().reason());
    }

    @Test
    void blankBodyIsRefused() {
        assertTrue(StrictJson.check("   ".getBytes(StandardCharsets.UTF_8)).isPresent());
    }
}
