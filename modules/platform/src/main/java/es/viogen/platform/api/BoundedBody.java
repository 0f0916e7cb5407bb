package es.viogen.platform.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reading a request body within a size limit, for the entry guards (platform's REST body gate, partners' SOAP
 * guard): never more than the limit is kept in memory, and what a refused client still sends is swallowed so that
 * it reads the answer.
 */
public final class BoundedBody {

    /** The most a refused request's remaining body is read (and thrown away) before the answer. */
    public static final long MAX_SWALLOW = 64L * 1024 * 1024;

    private BoundedBody() {
    }

    /** The body, or null when it exceeds {@code max} bytes (reading stops there). */
    public static byte[] read(InputStream in, int max) throws IOException {
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

    /** Most HTTP clients read the answer only once their body is sent: swallow (up to 64 MB) what is left unread. */
    public static void discard(InputStream in) {
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
