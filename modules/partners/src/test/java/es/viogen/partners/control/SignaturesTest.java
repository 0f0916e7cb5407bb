package es.viogen.partners.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SignaturesTest {

    @Test
    void hmacMatchesTheRfc4231TestVector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Signatures.hmacHex("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void aHeaderVerifiesOnlyWithTheSameSecretTimeAndBody() {
        String h = Signatures.header("s3cret", 1_700_000_000L, "{\"a\":1}");
        assertTrue(h.startsWith("t=1700000000,v1="));
        assertTrue(Signatures.verify("s3cret", h, "{\"a\":1}"));
        assertFalse(Signatures.verify("other", h, "{\"a\":1}"));
        assertFalse(Signatures.verify("s3cret", h, "{\"a\":2}"));
        assertFalse(Signatures.verify("s3cret", h.replace("t=1700000000", "t=1700000001"), "{\"a\":1}"));
        assertFalse(Signatures.verify("s3cret", null, "{}"));
        assertFalse(Signatures.verify("s3cret", "garbage", "{}"));
    }
}
