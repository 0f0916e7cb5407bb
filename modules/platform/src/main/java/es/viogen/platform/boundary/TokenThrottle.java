package es.viogen.platform.boundary;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Throttles the token endpoint against credential guessing, cluster-wide (state in {@code platform.token_throttle}):
 * <ul>
 *   <li>per client id: {@code viogen.token.client-max-failures} (5) failed requests within the window lock that
 *       client id for {@code viogen.token.lock-minutes} (15), whatever the address;</li>
 *   <li>per address: {@code viogen.token.address-max-failures} (20) failed requests within the window lock that
 *       address, whatever the client id (unknown client ids are only counted here, so guessing ids fills no table).</li>
 * </ul>
 * The window is the lock time. A locked subject gets 429 problem+json with {@code Retry-After}; the lock itself is
 * recorded in the audit log ({@code LOGIN_LOCKED}). A successful token request clears its client id's failures.
 */
@ApplicationScoped
public class TokenThrottle {

    private static final Logger LOG = Logger.getLogger(TokenThrottle.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "viogen.token.client-max-failures", defaultValue = "5")
    int clientMaxFailures;

    @Inject
    @ConfigProperty(name = "viogen.token.address-max-failures", defaultValue = "20")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "viogen.token.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /** Seconds to wait when the client id or the address is locked now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> lockedFor(String clientId, String address) {
        @SuppressWarnings("unchecked")
        List<Object> until = em.createNativeQuery("SELECT max(locked_until) FROM platform.token_throttle "
                        + "WHERE subject IN (?1, ?2) AND locked_until > now()")
                .setParameter(1, clientSubject(clientId)).setParameter(2, addressSubject(address)).getResultList();
        if (until.isEmpty() || until.get(0) == null) {
            return Optional.empty();
        }
        long seconds = Duration.between(Instant.now(), ((Timestamp) until.get(0)).toInstant()).getSeconds() + 1;
        return Optional.of(Math.max(1, seconds));
    }

    /** Counts a failed request; locks (and audits) a subject that reached its limit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String clientId, String address) {
        boolean knownClient = clientId != null && !clientId.isBlank() && clientId.length() <= 80
                && !em.createNativeQuery("SELECT 1 FROM platform.partner_client WHERE client_id = ?1")
                .setParameter(1, clientId).getResultList().isEmpty();
        if (knownClient && count(clientSubject(clientId), clientMaxFailures)) {
            LOG.warning(() -> "Token requests of a partner client locked for " + lockMinutes + " min after repeated failures");
            audit.record(new Actor(clientId, clientId, Role.PARTNER, null, null, null, Set.of()), AuditAction.LOGIN_LOCKED,
                    "PartnerClient", clientId, "token requests locked after " + clientMaxFailures + " failures");
        }
        if (count(addressSubject(address), addressMaxFailures)) {
            LOG.warning(() -> "Token requests from one address locked for " + lockMinutes + " min after repeated failures");
            audit.record(new Actor("(desconocido)", "", null, null, null, null, Set.of()), AuditAction.LOGIN_LOCKED,
                    "TokenEndpoint", addressSubject(address), "token requests from an address locked after "
                            + addressMaxFailures + " failures");
        }
        if (ThreadLocalRandom.current().nextInt(50) == 0) {
            em.createNativeQuery("DELETE FROM platform.token_throttle WHERE window_start < now() - interval '1 day' "
                    + "AND (locked_until IS NULL OR locked_until < now())").executeUpdate();
        }
    }

    /** A token was issued: the client id's failures are forgotten. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String clientId) {
        em.createNativeQuery("DELETE FROM platform.token_throttle WHERE subject = ?1 AND (locked_until IS NULL "
                + "OR locked_until < now())").setParameter(1, clientSubject(clientId)).executeUpdate();
    }

    /** Adds one failure; true when this failure locked the subject. */
    private boolean count(String subject, int max) {
        Object locked = em.createNativeQuery("INSERT INTO platform.token_throttle AS t (subject, window_start, failures) "
                        + "VALUES (?1, now(), 1) ON CONFLICT (subject) DO UPDATE SET "
                        + "failures = CASE WHEN t.window_start < now() - make_interval(mins => ?2) THEN 1 ELSE t.failures + 1 END, "
                        + "window_start = CASE WHEN t.window_start < now() - make_interval(mins => ?2) THEN now() ELSE t.window_start END "
                        + "RETURNING failures")
                .setParameter(1, subject).setParameter(2, lockMinutes).getSingleResult();
        if (((Number) locked).intValue() == max) {
            em.createNativeQuery("UPDATE platform.token_throttle SET locked_until = now() + make_interval(mins => ?2), "
                            + "failures = 0, window_start = now() WHERE subject = ?1")
                    .setParameter(1, subject).setParameter(2, lockMinutes).executeUpdate();
            return true;
        }
        return false;
    }

    private static String clientSubject(String clientId) {
        String c = clientId == null ? "" : clientId;
        return "client:" + (c.length() > 150 ? c.substring(0, 150) : c);
    }

    private static String addressSubject(String address) {
        return "address:" + (address == null ? "?" : address);
    }
}
