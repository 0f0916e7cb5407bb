package es.viogen.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The hash chain of the audit log: each row's hash is SHA-256 over the previous row's hash and the row's own fields,
 * so changing, removing or inserting a row breaks every hash after it.
 */
public final class AuditChain {

    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The fields of one row, in the order they are hashed. */
    public record Row(long id, Instant at, String actor, String actorRole, Long actorUnit, String action,
                      String recordType, String recordId, String purpose, String prevHash, String hash) {
    }

    public static String hash(String prevHash, long id, Instant at, String actor, String actorRole, Long actorUnit,
                              String action, String recordType, String recordId, String purpose) {
        String canonical = String.join("\u001f",
                prevHash,
                Long.toString(id),
                // microsecond precision: what timestamptz keeps
                Long.toString(at.getEpochSecond()) + "." + String.format("%06d", at.getNano() / 1000),
                actor,
                Objects.toString(actorRole, ""),
                Objects.toString(actorUnit, ""),
                action,
                Objects.toString(recordType, ""),
                Objects.toString(recordId, ""),
                Objects.toString(purpose, ""));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public static String hashOf(Row r) {
        return hash(r.prevHash(), r.id(), r.at(), r.actor(), r.actorRole(), r.actorUnit(), r.action(), r.recordType(),
                r.recordId(), r.purpose());
    }

    /** Truncates an instant to what the database stores, so that the hash computed before insert verifies later. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /**
     * Walks rows in id order and returns the id of the first row whose link or hash does not verify.
     * Call {@link Verifier#accept(Row)} for each row, then {@link Verifier#firstBroken()}.
     */
    public static final class Verifier {
        private String expectedPrev = GENESIS;
        private Long firstBroken;
        private long checked;

        public Verifier() {
        }

        /** Continues a verification from a known-good row (for incremental checks). */
        public Verifier(String lastGoodHash) {
            this.expectedPrev = lastGoodHash;
        }

        public void accept(Row r) {
            if (firstBroken != null) {
                return;
            }
            checked++;
            if (!r.prevHash().equals(expectedPrev) || !hashOf(r).equals(r.hash())) {
                firstBroken = r.id();
                return;
            }
            expectedPrev = r.hash();
        }

        public Optional<Long> firstBroken() {
            return Optional.ofNullable(firstBroken);
        }

        public long checked() {
            return checked;
        }
    }
}
