package es.viogen.platform.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;

/**
 * Compact JWS (RS256 only) for MicroProfile JWT tokens, on Nimbus JOSE + JWT: signing for the token endpoint,
 * verification for every API call. Any other algorithm ({@code none}, HS256 with the public key…) is refused before
 * the signature is looked at; issuer, audience, expiry and not-before are checked by Nimbus' claims verifier.
 */
public final class JwtCodec {

    /** Longer than any token this installation issues; a bigger one is refused unparsed. */
    private static final int MAX_TOKEN_LENGTH = 8192;

    private JwtCodec() {
    }

    public static final class InvalidToken extends Exception {
        public InvalidToken(String reason) {
            super(reason);
        }
    }

    /** A stable reason for the claims verifier's refusal (its messages are prose). */
    private static String reason(BadJWTException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("expired")) {
            return "expired";
        }
        if (m.contains("before use time")) {
            return "not yet valid";
        }
        if (m.contains("aud")) {
            return "audience";
        }
        if (m.contains("iss")) {
            return "issuer";
        }
        return "claims";
    }

    public static String sign(JsonObject claims, String kid, PrivateKey key) {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid).build();
        JWSObject jws = new JWSObject(header, new Payload(claims.toString()));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign token", e);
        }
        return jws.serialize();
    }

    /**
     * Verifies signature, issuer, audience and lifetime, and returns the claims.
     *
     * @param audience expected audience, or null not to check it
     */
    public static JsonObject verify(String token, PublicKey key, String issuer, String audience, Instant now,
                                    Duration leeway) throws InvalidToken {
        return checkClaims(checkSignature(token, key), issuer, audience, now, leeway);
    }

    /**
     * A token whose signature was verified with a key: what depends only on the token's bytes and the key, so it can
     * be kept for the next use of the same token (its claims must still be checked at every use: {@link #checkClaims}).
     */
    public record Signed(JWTClaimsSet claims, JsonObject payload) {
    }

    /** The first half of {@link #verify}: form, algorithm (RS256 only), signature; the claims parsed. */
    public static Signed checkSignature(String token, PublicKey key) throws InvalidToken {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            throw new InvalidToken("malformed");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new InvalidToken("malformed");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new InvalidToken("algorithm");
        }
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new InvalidToken("key");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(rsa))) {
                throw new InvalidToken("signature");
            }
        } catch (JOSEException | IllegalStateException e) {
            throw new InvalidToken("signature");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new InvalidToken("malformed");
        }
        try (JsonReader r = JsonpProvider.JSON.createReader(new StringReader(jwt.getPayload().toString()))) {
            return new Signed(claims, r.readObject());
        } catch (RuntimeException e) {
            throw new InvalidToken("malformed");
        }
    }

    /** The second half of {@link #verify}, at every use: issuer, audience, expiry (required), not-before, at now. */
    public static JsonObject checkClaims(Signed signed, String issuer, String audience, Instant now, Duration leeway)
            throws InvalidToken {
        JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder();
        if (issuer != null) {
            exact.issuer(issuer);
        }
        DefaultJWTClaimsVerifier<?> verifier = new DefaultJWTClaimsVerifier<>(audience, exact.build(), Set.of("exp")) {
            @Override
            protected Date currentTime() {
                return Date.from(now);
            }
        };
        verifier.setMaxClockSkew((int) leeway.toSeconds());
        try {
            verifier.verify(signed.claims(), null);
        } catch (BadJWTException e) {
            throw new InvalidToken(reason(e));
        }
        return signed.payload();
    }
}
