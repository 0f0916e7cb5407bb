package es.viogen.partners.boundary;

import es.viogen.partners.control.Backoff;
import es.viogen.partners.control.Signatures;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Relays due outbox rows to the partners' callback URLs. Cluster-safe: each batch locks its rows with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never send the same delivery at once. Each request is a JSON POST
 * signed with HMAC-SHA256 ({@link Signatures#HEADER}) and carrying {@code X-VioGen-Event-Id}. A 2xx answer marks it
 * SENT; anything else (or no answer within 5 s) schedules a retry with exponential backoff, and after
 * {@link Backoff#MAX_ATTEMPTS} attempts it is FAILED (administrators can replay it).
 */
@Singleton
public class DeliveryRelay {

    private static final Logger LOG = Logger.getLogger(DeliveryRelay.class.getName());
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    @Inject
    IdempotencyStore idempotency;

    @Inject
    @ConfigProperty(name = "viogen.scheduler.enabled", defaultValue = "true")
    boolean schedulerEnabled;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!schedulerEnabled) {
            return;
        }
        try {
            relayDue(20);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbound relay failed; will retry on the next tick", e);
        }
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void purgeIdempotencyKeys() {
        if (schedulerEnabled) {
            idempotency.purgeOlderThanDays(7);
        }
    }

    /** Sends up to {@code max} due deliveries in one transaction; returns how many were attempted. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int relayDue(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT d.id, d.payload, d.attempts, s.callback_url, s.signing_secret, "
                        + "d.event_key, d.event_type FROM partners.delivery d "
                        + "JOIN partners.subscription s ON s.id = d.subscription_id "
                        + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= now() "
                        + "ORDER BY d.next_attempt_at, d.id LIMIT ?1 FOR UPDATE OF d SKIP LOCKED")
                .setParameter(1, max).getResultList();
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            String payload = (String) row[1];
            int attempts = ((Number) row[2]).intValue() + 1;
            Integer status = null;
            String error = null;
            try {
                long now = Instant.now().getEpochSecond();
                HttpRequest request = HttpRequest.newBuilder(URI.create((String) row[3]))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "VioGen-Outbound/1")
                        .header("X-VioGen-Event-Id", (String) row[5])
                        .header("X-VioGen-Event-Type", (String) row[6])
                        .header(Signatures.HEADER, Signatures.header((String) row[4], now, payload))
                        .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build();
                status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 200 || status >= 300) {
                    error = "HTTP " + status;
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                error = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
            if (error == null) {
                em.createNativeQuery("UPDATE partners.delivery SET status = 'SENT', attempts = ?2, last_attempt_at = now(), "
                                + "last_status_code = CAST(?3 AS integer), last_error = NULL, sent_at = now(), version = version + 1 WHERE id = ?1")
                        .setParameter(1, id).setParameter(2, attempts).setParameter(3, status).executeUpdate();
            } else {
                boolean failed = Backoff.exhausted(attempts);
                em.createNativeQuery("UPDATE partners.delivery SET status = ?2, attempts = ?3, last_attempt_at = now(), "
                                + "last_status_code = CAST(?4 AS integer), last_error = ?5, next_attempt_at = now() + make_interval(secs => ?6), "
                                + "version = version + 1 WHERE id = ?1")
                        .setParameter(1, id).setParameter(2, failed ? "FAILED" : "PENDING").setParameter(3, attempts)
                        .setParameter(4, status).setParameter(5, error)
                        .setParameter(6, (double) Backoff.delayAfter(attempts).toSeconds()).executeUpdate();
            }
        }
        return due.size();
    }
}
