package es.viogen.platform.api;

/**
 * The append-only, hash-chained audit log. Every read and change of a record about a person goes through here.
 * Rows are written in a transaction of their own (so they are kept even if the caller's work fails afterwards)
 * and never carry personal data beyond the record's type and id.
 */
public interface AuditLog {

    /** Records an action of the current actor. */
    void record(AuditAction action, String recordType, String recordId, String purpose);

    /** Records an action of a given actor (login attempts, partner calls, the system). */
    void record(Actor actor, AuditAction action, String recordType, String recordId, String purpose);
}
