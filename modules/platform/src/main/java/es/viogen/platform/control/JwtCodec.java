package es.viogen.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Compact JWS (RS256 only) for MicroProfile JWT tokens: signing for the token endpoint, verification for every API
 * call. Any other algorithm ({@code none}, HS256 with the public key...) is refused.
 */
public final class JwtCodec {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private JwtCodec() {
    }

    public static final class InvalidToken extends Exception {
        public InvalidToken(String reason) {
            super(reason);
        }
    }

    public static String sign(JsonObject claims, String kid, PrivateKey key) {
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", kid).build();
        String signingInput = B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign token", e);
        }
    }

    /**
     * Verifies signature, issuer, audience and lifetime, and returns the claims.
     *
     * @param audience expected audience, or null not to check it
     */
    public static JsonObject verify(String token, PublicKey key, String issuer, String audience, Instant now,
                                    Duration leeway) throws InvalidToken {
        if (token == null || token.length() > 8192) {
            throw new InvalidToken("malformed");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidToken("malformed");
        }
        JsonObject header = parse(parts[0]);
        if (!"RS256".equals(header.getString("alg", null))) {
            throw new InvalidToken("algorithm");
        }
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!s.verify(B64D.decode(parts[2]))) {
                throw new InvalidToken("signature");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidToken("signature");
        }
        JsonObject claims = parse(parts[1]);
        if (issuer != null && !issuer.equals(claims.getString("iss", null))) {
            throw new InvalidToken("issuer");
        }
        if (audience != null && !hasAudience(claims, audience)) {
            throw new InvalidToken("audience");
        }
        long exp = longClaim(claims, "exp");
        if (exp <= 0 || Instant.ofEpochSecond(exp).plus(leeway).isBefore(now)) {
            throw new InvalidToken("expired");
        }
        if (claims.containsKey("nbf") && Instant.ofEpochSecond(longClaim(claims, "nbf")).minus(leeway).isAfter(now)) {
            throw new InvalidToken("not yet valid");
        }
        return claims;
    }

    private static boolean hasAudience(JsonObject claims, String audience) {
        JsonValue aud = claims.get("aud");
        if (aud instanceof JsonString s) {
            return audience.equals(s.getString());
        }
        if (aud instanceof JsonArray a) {
            return a.stream().anyMatch(v -> v instanceof JsonString s && audience.equals(s.getString()));
        }
        return false;
    }

    private static long longClaim(JsonObject claims, String name) {
        JsonValue v = claims.get(name);
        return v instanceof JsonNumber n ? n.longValue() : -1;
    }

    private static JsonObject parse(String part) throws InvalidToken {
        try (JsonReader r = Json.createReader(new StringReader(new String(B64D.decode(part), StandardCharsets.UTF_8)))) {
            return r.readObject();
        } catch (RuntimeException e) {
            throw new InvalidToken("malformed");
        }
    }
}
