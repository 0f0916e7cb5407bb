package es.viogen.partners.control;

import java.util.regex.Pattern;

/** Idempotency keys / SOAP message ids: 1-100 characters of letters, digits and {@code . _ : -}. */
public final class MessageIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private MessageIds() {
    }

    public static boolean valid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
