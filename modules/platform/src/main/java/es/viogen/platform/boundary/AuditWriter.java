package es.viogen.platform.boundary;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.CurrentActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/**
 * Appends to the audit log: one INSERT, no lock, no read of the chain. The row carries the SHA-256 of its own fields;
 * {@link AuditSealer} links it into the chain shortly after it commits. A change joins the caller's transaction (on
 * the caller's connection); anything else gets a short transaction of its own ({@link AuditLog}, {@link AuditAppends}).
 */
@ApplicationScoped
public class AuditWriter implements AuditLog {

    @Inject
    CurrentActor current;

    @Inject
    AuditAppends appends;

    @Override
    public void record(AuditAction action, String recordType, String recordId, String purpose) {
        Actor actor;
        try {
            actor = current.get();
        } catch (ContextNotActiveException e) {
            actor = Actor.SYSTEM;
        }
        record(actor, action, recordType, recordId, purpose);
    }

    @Override
    public void record(Actor actor, AuditAction action, String recordType, String recordId, String purpose) {
        if (action.isChange()) {
            appends.inCallersTransaction(actor, action, recordType, recordId, purpose);
        } else {
            appends.inOwnTransaction(actor, action, recordType, recordId, purpose);
        }
    }
}
