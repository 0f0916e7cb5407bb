package es.viogen.partners.control;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for partner clients and subscription signatures (256 bits, URL-safe Base64). */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String generate() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
