package es.viogen.platform.api;

/**
 * The append-only, hash-chained audit log. Every read and change of a record about a person goes through here.
 * A change ({@link AuditAction#isChange()}: create, update, delete) is written in the caller's transaction, so its
 * row commits exactly when the change does and a rolled-back change leaves no row; every other action (reads,
 * searches, exports, refusals, logins) is written in a short transaction of its own, so it is kept even if the
 * caller's work fails afterwards. Rows never carry personal data beyond the record's type and id. Appending takes no
 * lock: rows are linked into the hash chain by a sealer a few seconds after they commit.
 */
public interface AuditLog {

    /** Records an action of the current actor. */
    void record(AuditAction action, String recordType, String recordId, String purpose);

    /** Records an action of a given actor (login attempts, partner calls, the system). */
    void record(Actor actor, AuditAction action, String recordType, String recordId, String purpose);
}
