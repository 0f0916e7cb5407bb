package es.viogen.platform.api;

import java.util.EnumSet;
import java.util.Set;

/** What an audit row records. */
public enum AuditAction {
    READ, SEARCH, CREATE, UPDATE, DELETE, EXPORT, LOGIN, LOGIN_FAILED, LOGIN_LOCKED, LOGOUT, ACCESS_DENIED, TOKEN_ISSUED,
    VERIFY;

    private static final Set<AuditAction> CHANGES = EnumSet.of(CREATE, UPDATE, DELETE);

    /**
     * Whether this records a change: its row is written in the change's own transaction, so it is there exactly when
     * the change is. Every other action (reads, refusals, logins) is kept even if the caller's work fails afterwards.
     */
    public boolean isChange() {
        return CHANGES.contains(this);
    }
}
