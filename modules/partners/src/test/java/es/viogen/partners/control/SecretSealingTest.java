package es.viogen.partners.control;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;

import static org.junit.jupiter.api.Assertions.*;

class SecretSealingTest {

    @Test
    void aSealedSecretOpensOnlyWithItsKeyAndContext() {
        SecretKey key = SecretSealing.key(SecretSealing.generateKeyBase64());
        String sealed = SecretSealing.seal(key, "subscription:a", "the-secret");
        assertTrue(sealed.startsWith(SecretSealing.PREFIX));
        assertFalse(sealed.contains("the-secret"));
        assertNotEquals(sealed, SecretSealing.seal(key, "subscription:a", "the-secret"), "a fresh IV each time");
        assertEquals("the-secret", SecretSealing.open(key, "subscription:a", sealed));
        assertThrows(IllegalArgumentException.class, () -> SecretSealing.open(key, "subscription:b", sealed));
        SecretKey other = SecretSealing.key(SecretSealing.generateKeyBase64());
        assertThrows(IllegalArgumentException.class, () -> SecretSealing.open(other, "subscription:a", sealed));
        byte[] raw = java.util.Base64.getDecoder().decode(sealed.substring(SecretSealing.PREFIX.length()));
        raw[20] ^= 1; // one bit of the ciphertext
        String tampered = SecretSealing.PREFIX + java.util.Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalArgumentException.class, () -> SecretSealing.open(key, "subscription:a", tampered));
        assertThrows(IllegalArgumentException.class, () -> SecretSealing.open(key, "subscription:a", "the-secret"));
        assertThrows(IllegalArgumentException.class, () -> SecretSealing.key("c2hvcnQ="));
    }
}
