package es.viogen.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JwtCodecTest {

    static final KeyPair KEYS = KeyPems.generate();
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static JsonObject claims(long exp) {
        return Json.createObjectBuilder().add("iss", "urn:test").add("aud", "viogen-api").add("upn", "juzgado")
                .add("groups", Json.createArrayBuilder().add("PARTNER")).add("exp", exp).build();
    }

    @Test
    void aSignedTokenVerifiesAndKeepsItsClaims() throws Exception {
        String token = JwtCodec.sign(claims(NOW.plusSeconds(600).getEpochSecond()), "k1", KEYS.getPrivate());
        JsonObject back = JwtCodec.verify(token, KEYS.getPublic(), "urn:test", "viogen-api", NOW, Duration.ZERO);
        assertEquals("juzgado", back.getString("upn"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = JwtCodec.sign(claims(NOW.minusSeconds(120).getEpochSecond()), "k1", KEYS.getPrivate());
        var e = assertThrows(JwtCodec.InvalidToken.class,
                () -> JwtCodec.verify(token, KEYS.getPublic(), "urn:test", "viogen-api", NOW, Duration.ofSeconds(30)));
        assertEquals("expired", e.getMessage());
    }

    @Test
    void aTokenWhoseSignatureWasCheckedOnceHasItsClaimsCheckedAtEveryUse() throws Exception {
        // what PartnerTokens keeps between requests: the signature's result, never the claims' verdict
        String token = JwtCodec.sign(claims(NOW.plusSeconds(600).getEpochSecond()), "k1", KEYS.getPrivate());
        JwtCodec.Signed signed = JwtCodec.checkSignature(token, KEYS.getPublic());
        assertEquals("juzgado", JwtCodec.checkClaims(signed, "urn:test", "viogen-api", NOW, Duration.ZERO)
                .getString("upn"));
        var expired = assertThrows(JwtCodec.InvalidToken.class, () -> JwtCodec.checkClaims(signed, "urn:test",
                "viogen-api", NOW.plusSeconds(631), Duration.ofSeconds(30)));
        assertEquals("expired", expired.getMessage());
        assertThrows(JwtCodec.InvalidToken.class,
                () -> JwtCodec.checkClaims(signed, "urn:other", "viogen-api", NOW, Duration.ZERO));
        assertThrows(JwtCodec.InvalidToken.class,
                () -> JwtCodec.checkSignature(token, KeyPems.generate().getPublic()));
    }

    @Test
    void anotherKeyOrIssuerOrAudienceIsRefused() {
        String token = JwtCodec.sign(claims(NOW.plusSeconds(600).getEpochSecond()), "k1", KEYS.getPrivate());
        KeyPair other = KeyPems.generate();
        assertThrows(JwtCodec.InvalidToken.class,
                () -> JwtCodec.verify(token, other.getPublic(), "urn:test", "viogen-api", NOW, Duration.ZERO));
        assertThrows(JwtCodec.InvalidToken.class,
                () -> JwtCodec.verify(token, KEYS.getPublic(), "urn:other", "viogen-api", NOW, Duration.ZERO));
        assertThrows(JwtCodec.InvalidToken.class,
                () -> JwtCodec.verify(token, KEYS.getPublic(), "urn:test", "another-api", NOW, Duration.ZERO));
    }

    @Test
    void theNoneAlgorithmAndTamperedPayloadsAreRefused() {
        String token = JwtCodec.sign(claims(NOW.plusSeconds(600).getEpochSecond()), "k1", KEYS.getPrivate());
        String[] parts = token.split("\\.");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String none = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertThrows(JwtCodec.InvalidToken.class,
                () -> JwtCodec.verify(none, KEYS.getPublic(), "urn:test", "viogen-api", NOW, Duration.ZERO));
        String forged = parts[0] + "." + b64.encodeToString(claims(NOW.plusSeconds(99999).getEpochSecond()).toString()
                .replace("PARTNER", "ADMIN").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThrows(JwtCodec.InvalidToken.class,
                () -> JwtCodec.verify(forged, KEYS.getPublic(), "urn:test", "viogen-api", NOW, Duration.ZERO));
        assertThrows(JwtCodec.InvalidToken.class,
                () -> JwtCodec.verify("not-a-token", KEYS.getPublic(), "urn:test", "viogen-api", NOW, Duration.ZERO));
    }

    @Test
    void keysSurviveAPemRoundTrip() throws Exception {
        String token = JwtCodec.sign(claims(NOW.plusSeconds(600).getEpochSecond()), "k1",
                KeyPems.privateKey(KeyPems.toPem(KEYS.getPrivate())));
        JwtCodec.verify(token, KeyPems.publicKey(KeyPems.toPem(KEYS.getPublic())), "urn:test", "viogen-api", NOW, Duration.ZERO);
    }

    @Test
    void algorithmConfusionWithThePublicKeyAsHmacSecretIsRefused() throws Exception {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(NOW.plusSeconds(600).getEpochSecond()).toString().getBytes(StandardCharsets.UTF_8));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(KEYS.getPublic().getEncoded(), "HmacSHA256"));
        String sig = Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));
        var e = assertThrows(JwtCodec.InvalidToken.class, () -> JwtCodec.verify(header + "." + payload + "." + sig,
                KEYS.getPublic(), "urn:test", "viogen-api", NOW, Duration.ZERO));
        assertEquals("algorithm", e.getMessage());
    }

    @Test
    void aTokenNotYetValidOrWithoutExpiryIsRefused() {
        JsonObject early = Json.createObjectBuilder(claims(NOW.plusSeconds(600).getEpochSecond()))
                .add("nbf", NOW.plusSeconds(300).getEpochSecond()).build();
        var e = assertThrows(JwtCodec.InvalidToken.class, () -> JwtCodec.verify(
                JwtCodec.sign(early, "k1", KEYS.getPrivate()), KEYS.getPublic(), "urn:test", "viogen-api", NOW,
                Duration.ofSeconds(30)));
        assertEquals("not yet valid", e.getMessage());
        JsonObject forever = Json.createObjectBuilder(claims(0)).remove("exp").build();
        assertThrows(JwtCodec.InvalidToken.class, () -> JwtCodec.verify(JwtCodec.sign(forever, "k1", KEYS.getPrivate()),
                KEYS.getPublic(), "urn:test", "viogen-api", NOW, Duration.ZERO));
    }
}
