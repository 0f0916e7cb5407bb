package es.viogen.platform.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What an infrastructure failure means for the caller. Exceptions at commit arrive wrapped several times (a
 * {@code TransactionalException} or {@code EJBTransactionRolledbackException} around a {@code RollbackException}
 * around EclipseLink's own exception around the driver's {@link SQLException}), so the whole cause chain is read.
 */
public final class Faults {

    /** How to answer. */
    public enum Kind {
        /** A concurrent change won (optimistic or pessimistic lock, serialization failure, unique key) or the
         * transaction was rolled back at commit: 409, the client may re-read and retry. */
        CONFLICT,
        /** The database cannot be reached or went away: 503 with Retry-After. */
        UNAVAILABLE,
        /** Anything else: 500 with an incident id. */
        OTHER
    }

    /** Seconds a client should wait before retrying after {@link Kind#UNAVAILABLE}. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> CONFLICT_TYPES = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "jakarta.persistence.RollbackException",
            "jakarta.transaction.RollbackException",
            "javax.transaction.RollbackException",
            "jakarta.ejb.EJBTransactionRolledbackException",
            "jakarta.transaction.TransactionRolledbackException",
            "org.eclipse.persistence.exceptions.OptimisticLockException");

    private static final Set<String> UNAVAILABLE_TYPES = Set.of(
            "jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "java.net.ConnectException",
            "java.io.EOFException",
            "java.net.SocketException");

    private Faults() {
    }

    public static Kind classify(Throwable thrown) {
        boolean conflict = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null && (s == sql || seen.put(s, Boolean.TRUE) == null);
                     s = s.getNextException()) {
                    Kind k = bySqlState(s);
                    if (k == Kind.UNAVAILABLE) {
                        return k;
                    }
                    conflict |= k == Kind.CONFLICT;
                }
            }
            String name = t.getClass().getName();
            if (UNAVAILABLE_TYPES.contains(name)) {
                return Kind.UNAVAILABLE;
            }
            if (CONFLICT_TYPES.contains(name)) {
                conflict = true;
            }
        }
        return conflict ? Kind.CONFLICT : Kind.OTHER;
    }

    private static Kind bySqlState(SQLException s) {
        if (s instanceof SQLTransientConnectionException || s instanceof SQLNonTransientConnectionException
                || s instanceof SQLRecoverableException) {
            return Kind.UNAVAILABLE;
        }
        String state = s.getSQLState();
        if (state == null) {
            // Payara's pool: "Error in allocating a connection" carries no state
            String m = s.getMessage();
            return m != null && m.contains("allocating a connection") ? Kind.UNAVAILABLE : Kind.OTHER;
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300")) {
            return Kind.UNAVAILABLE;
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("23505") || state.equals("55P03")) {
            return Kind.CONFLICT;
        }
        return Kind.OTHER;
    }

    private static Throwable next(Throwable t) {
        Throwable cause = t.getCause();
        if (cause == null && t instanceof SQLException s) {
            return s.getNextException();
        }
        return cause;
    }
}
