package es.viogen.partners.boundary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What is left of the partners' own submission filter: the body helpers the SOAP guard uses. Body limits and JSON
 * checks of REST submissions are the platform's body gate; idempotency of every REST submission is the platform's
 * {@code IdempotencyFilter} (the key completes in the business transaction).
 */
public final class PartnerSubmissionFilter {

    /** The idempotency header of REST submissions. */
    public static final String HEADER = "Idempotency-Key";
    private static final long MAX_SWALLOW = 64L * 1024 * 1024;

    private PartnerSubmissionFilter() {
    }

    /** The body, or null when it exceeds {@code max} bytes (reading stops there). */
    static byte[] readBounded(InputStream in, int max) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) != -1) {
            if (out.size() + n > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Most HTTP clients only read the answer once their body is sent: swallow (up to 64 MB) what is left unread. */
    static void discard(InputStream in) {
        if (in == null) {
            return;
        }
        byte[] buf = new byte[65536];
        long total = 0;
        try {
            int n;
            while (total < MAX_SWALLOW && (n = in.read(buf)) != -1) {
                total += n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }
}
