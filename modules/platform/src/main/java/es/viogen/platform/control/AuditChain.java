package es.viogen.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The hash chain of the audit log. An appender stores each row with the SHA-256 of its own fields
 * ({@link #contentHash}, no lock needed); the sealer later links rows into the chain: a sealed row's hash is SHA-256
 * over the previous sealed row's hash, the row's id and its content hash ({@link #link}), so changing, removing or
 * inserting a sealed row breaks the chain there, and changing an unsealed row's fields breaks its content hash.
 * Rows written before sealing existed (no content hash) were chained directly over their fields ({@link #hash}).
 */
public final class AuditChain {

    /** The "previous hash" of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The fields of one row, in the order they are hashed; {@code rowHash} is null for rows of the first format. */
    public record Row(long id, Instant at, String actor, String actorRole, Long actorUnit, String action,
                      String recordType, String recordId, String purpose, String prevHash, String hash,
                      String rowHash) {

        /** A row of the first format (chained over its fields, no content hash). */
        public Row(long id, Instant at, String actor, String actorRole, Long actorUnit, String action,
                   String recordType, String recordId, String purpose, String prevHash, String hash) {
            this(id, at, actor, actorRole, actorUnit, action, recordType, recordId, purpose, prevHash, hash, null);
        }

        /** Whether the fields still match the content hash taken when the row was appended. */
        public boolean contentIntact() {
            return rowHash == null || rowHash.equals(contentHash(at, actor, actorRole, actorUnit, action, recordType,
                    recordId, purpose));
        }
    }

    /** SHA-256 of a row's own fields, taken by the appender (the row's id is covered by the link). */
    public static String contentHash(Instant at, String actor, String actorRole, Long actorUnit, String action,
                                     String recordType, String recordId, String purpose) {
        return sha256(String.join("\u001f", "v2",
                content(at, actor, actorRole, actorUnit, action, recordType, recordId, purpose)));
    }

    /** The chain hash of a sealed row: over the previous sealed row's hash, the row's id and its content hash. */
    public static String link(String prevHash, long id, String rowHash) {
        return sha256(String.join("\u001f", prevHash, Long.toString(id), rowHash));
    }

    /** The fields of an audit row both hash formats cover, in their order and joined alike. */
    private static String content(Instant at, String actor, String actorRole, Long actorUnit, String action,
                                  String recordType, String recordId, String purpose) {
        return String.join("\u001f", micros(at), actor, Objects.toString(actorRole, ""),
                Objects.toString(actorUnit, ""), action, Objects.toString(recordType, ""),
                Objects.toString(recordId, ""), Objects.toString(purpose, ""));
    }

    private static String micros(Instant at) {
        // microsecond precision: what timestamptz keeps
        return Long.toString(at.getEpochSecond()) + "." + String.format("%06d", at.getNano() / 1000);
    }

    public static String hash(String prevHash, long id, Instant at, String actor, String actorRole, Long actorUnit,
                              String action, String recordType, String recordId, String purpose) {
        return sha256(String.join("\u001f", prevHash, Long.toString(id),
                content(at, actor, actorRole, actorUnit, action, recordType, recordId, purpose)));
    }

    private static String sha256(String canonical) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public static String hashOf(Row r) {
        if (r.rowHash() != null) {
            return link(r.prevHash(), r.id(), r.rowHash());
        }
        return hash(r.prevHash(), r.id(), r.at(), r.actor(), r.actorRole(), r.actorUnit(), r.action(), r.recordType(),
                r.recordId(), r.purpose());
    }

    /** Truncates an instant to what the database stores, so that the hash computed before insert verifies later. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /**
     * Walks sealed rows in chain order and returns the id of the first row whose link or hash does not verify.
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
            if (r.prevHash() == null || r.hash() == null || !r.prevHash().equals(expectedPrev)
                    || !r.contentIntact() || !hashOf(r).equals(r.hash())) {
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
