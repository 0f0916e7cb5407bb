package es.viogen.platform.api;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Idempotent submissions keyed by (client, key): the first answer is stored and replayed to every retry with the same
 * key and request; the same key with another request is refused. REST submissions get this from the platform's
 * filter (header {@code Idempotency-Key}); other entry points (SOAP MessageId) use this interface.
 * <p>
 * A key completes in the same transaction as the work it guards, so a stored record and its key's stored answer
 * commit together (or not at all). A claim taken by a caller that died is reclaimable once its lease ran out
 * ({@code viogen.idempotency.lease-seconds}, 30): a retry after a crash gets the first answer or a clean re-run.
 */
public interface IdempotencyKeys {

    /** The request header that carries the key. */
    String HEADER = "Idempotency-Key";

    /** Keys: 1-100 characters of letters, digits and {@code . _ : -}. */
    Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    static boolean valid(String key) {
        return key != null && VALID.matcher(key).matches();
    }

    enum Outcome { NEW, REPLAY, MISMATCH, IN_PROGRESS }

    /** The stored answer of a completed key. */
    record Answer(int status, String contentType, String location, String body) {
    }

    record Claim(Outcome outcome, Answer answer) {
        public static Claim of(Outcome o) {
            return new Claim(o, null);
        }
    }

    /** Claims a key in a short transaction of its own, with a lease (see the class comment). */
    Claim claim(String client, String key, String requestHash);

    /**
     * Runs {@code work} and completes the claimed key with its answer in one transaction (the caller's, or a new
     * one); if the work fails, the claim is released so that a retry runs it again.
     */
    <R> R completing(String client, String key, Supplier<R> work, Function<R, Answer> answer);

    /** Gives a claimed key up (the work failed; a retry may run it again). */
    void release(String client, String key);
}
