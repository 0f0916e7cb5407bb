package es.viogen.platform.boundary;

import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.RecordLocation;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Visibility;
import es.viogen.platform.control.ScopeRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Arrays;

/** The territory-scope service (see {@link AccessScope}), evaluated for the current request's actor. */
@RequestScoped
public class TerritoryAccessScope implements AccessScope {

    @Inject
    CurrentActor current;

    @Inject
    AuditLog audit;

    @Override
    public Actor actor() {
        return current.get();
    }

    @Override
    public Visibility visibility() {
        return ScopeRules.visibility(actor());
    }

    @Override
    public boolean canRead(RecordLocation location) {
        return visibility().admits(location);
    }

    @Override
    public void requireRead(RecordLocation location, String recordType, String recordId) {
        if (!canRead(location)) {
            audit.record(AuditAction.ACCESS_DENIED, recordType, recordId, "outside the actor's scope");
            throw new AccessDenied();
        }
    }

    @Override
    public void requireRole(Role... roles) {
        Actor a = actor();
        if (a.role() == null || Arrays.stream(roles).noneMatch(a::hasRole)) {
            audit.record(AuditAction.ACCESS_DENIED, null, null, "role not allowed");
            throw new AccessDenied();
        }
    }
}
