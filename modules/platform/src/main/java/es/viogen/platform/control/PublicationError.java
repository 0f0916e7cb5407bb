package es.viogen.platform.control;

import es.viogen.platform.api.DomainException;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Why a listener failed, as a kind that the administrator's page shows as a plain sentence (bundle key
 * {@code publications.error.<KIND>}); never a class name or a stack trace. The full cause goes to the server log.
 */
public enum PublicationError {
    /** The database did not answer or refused the change (connection lost, constraint, deadlock, timeout). */
    DATABASE,
    /** Another change to the same record came first (optimistic lock). */
    CONFLICT,
    /** A business rule of the listening module refused the reaction. */
    RULE,
    /** No listener with the stored id exists in this version of the application. */
    UNKNOWN_LISTENER,
    /** The stored event could not be read back into its record. */
    UNREADABLE_EVENT,
    /** Anything else. */
    INTERNAL;

    /** Classifies a failure by walking its causes. */
    public static PublicationError of(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        PublicationError found = INTERNAL;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof Refused r) {
                return r.kind();
            }
            String name = t.getClass().getName();
            if (t instanceof DomainException) {
                return RULE;
            }
            if (name.endsWith("OptimisticLockException")) {
                return CONFLICT;
            }
            if (t instanceof SQLException || name.startsWith("jakarta.persistence.")
                    || name.startsWith("org.eclipse.persistence.exceptions.")
                    || name.endsWith("RollbackException") || name.startsWith("java.net.")) {
                found = DATABASE;
            }
        }
        return found;
    }

    /** A publication the registry itself cannot run (no such listener, unreadable payload). */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final PublicationError kind;

        public Refused(PublicationError kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }

        public PublicationError kind() {
            return kind;
        }
    }
}
