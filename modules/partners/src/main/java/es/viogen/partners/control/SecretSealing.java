package es.viogen.partners.control;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals subscription signing secrets at rest with AES-256-GCM (HMAC signing needs the secret itself, so it cannot be
 * hashed): {@code v1:<base64(12-byte IV || ciphertext+tag)>}. The associated data binds a sealed value to its
 * subscription id, so a sealed secret copied to another row does not open.
 */
public final class SecretSealing {

    public static final String PREFIX = "v1:";
    /** Rows written before sealing existed (sealed at the next start). */
    public static final String LEGACY_PREFIX = "plain:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretSealing() {
    }

    public static SecretKey key(byte[] raw) {
        if (raw == null || raw.length != 32) {
            throw new IllegalArgumentException("the sealing key must be 32 bytes (256 bits)");
        }
        return new SecretKeySpec(raw, "AES");
    }

    public static SecretKey key(String base64) {
        try {
            return key(Base64.getDecoder().decode(base64.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the sealing key must be 32 bytes in Base64", e);
        }
    }

    public static String generateKeyBase64() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    public static String seal(SecretKey key, String context, String secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, all, 0, iv.length);
            System.arraycopy(ct, 0, all, iv.length, ct.length);
            return PREFIX + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The secret, or an exception when the value was not sealed with this key and context. */
    public static String open(SecretKey key, String context, String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (all.length < 12 + 16) {
                throw new IllegalArgumentException("sealed value too short");
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the sealed value does not open with this key", e);
        }
    }
}
