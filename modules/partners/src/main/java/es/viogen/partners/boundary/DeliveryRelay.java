package es.viogen.partners.boundary;

import es.viogen.partners.control.Backoff;
import es.viogen.partners.control.CallbackUrls;
import es.viogen.partners.control.Signatures;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Relays due outbox rows to the partners' callback URLs, with no transaction open while sending:
 * <ol>
 *   <li>claim a batch in a short transaction ({@link DeliveryClaims#claim}: {@code FOR UPDATE SKIP LOCKED} and a
 *       lease, so two instances never send the same delivery at once, and a lease left by a dead instance runs out);</li>
 *   <li>right before sending, drop what was cancelled meanwhile, re-check each callback's resolved addresses
 *       ({@link CallbackPolicy}: DNS rebinding) and open the sealed signing secret;</li>
 *   <li>send the batch concurrently (5 s connect and answer timeouts), as JSON POSTs signed with HMAC-SHA256
 *       ({@link Signatures#HEADER}) and carrying {@code X-VioGen-Event-Id} (stable per event, so a partner drops the
 *       rare repeat that at-least-once delivery can cause);</li>
 *   <li>record each result in its own short transaction: 2xx = SENT; anything else retried with exponential backoff,
 *       FAILED after {@link Backoff#MAX_ATTEMPTS} attempts (administrators can replay it).</li>
 * </ol>
 */
@Singleton
public class DeliveryRelay {

    private static final Logger LOG = Logger.getLogger(DeliveryRelay.class.getName());
    public static final String EVENT_ID_HEADER = "X-VioGen-Event-Id";
    private static final long LEASE_SECONDS = 120;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    DeliveryClaims claims;

    @Inject
    CallbackPolicy callbacks;

    @Inject
    SubscriptionSecrets secrets;

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

    /** Claims, sends and records up to {@code max} due deliveries; returns how many were attempted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int relayDue(int max) {
        if (secrets.key().isEmpty()) {
            return 0;
        }
        List<DeliveryClaims.Claimed> batch = claims.claim(max, LEASE_SECONDS, UUID.randomUUID().toString());
        if (batch.isEmpty()) {
            return 0;
        }
        Set<Long> wanted = claims.stillWanted(batch);
        List<DeliveryClaims.Claimed> sending = new ArrayList<>();
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (DeliveryClaims.Claimed c : batch) {
            if (!wanted.contains(c.id())) {
                continue;
            }
            CallbackUrls.Verdict verdict = callbacks.check(c.callbackUrl());
            if (!verdict.acceptable()) {
                LOG.warning(() -> "Delivery " + c.id() + " not sent: callback refused (" + verdict.reason() + ")");
                claims.failed(c, null, "callback refused: " + verdict.reason());
                continue;
            }
            String secret;
            try {
                secret = secrets.open(c.partnerClient(), c.sealedSecret());
            } catch (RuntimeException e) {
                LOG.warning(() -> "Delivery " + c.id() + " not sent: the signing secret does not open with the key");
                claims.failed(c, null, "signing secret cannot be opened");
                continue;
            }
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(URI.create(c.callbackUrl()))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .header("User-Agent", "VioGen-Outbound/1")
                        .header(EVENT_ID_HEADER, c.eventKey())
                        .header("X-VioGen-Event-Type", c.eventType())
                        .header(Signatures.HEADER, Signatures.header(secret, Instant.now().getEpochSecond(), c.payload()))
                        .POST(HttpRequest.BodyPublishers.ofString(c.payload(), StandardCharsets.UTF_8)).build();
            } catch (IllegalArgumentException e) {
                claims.failed(c, null, "invalid callback URL");
                continue;
            }
            sending.add(c);
            answers.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode));
        }
        for (int i = 0; i < sending.size(); i++) {
            DeliveryClaims.Claimed c = sending.get(i);
            Integer status = null;
            String error;
            try {
                status = answers.get(i).join();
                error = status >= 200 && status < 300 ? null : "HTTP " + status;
            } catch (CompletionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                error = cause instanceof java.net.http.HttpTimeoutException ? "timeout"
                        : cause instanceof java.net.ConnectException ? "connection refused or unreachable"
                        : "transport error";
            }
            if (error == null) {
                claims.sent(c, status);
            } else {
                claims.failed(c, status, error);
            }
        }
        return batch.size();
    }
}
