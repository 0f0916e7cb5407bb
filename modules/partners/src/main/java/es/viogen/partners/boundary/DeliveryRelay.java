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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Relays due outbox rows to the partners' callback URLs, with no transaction open while sending:
 * <ol>
 *   <li>claim a batch in a short transaction ({@link DeliveryClaims#claim}: {@code FOR UPDATE SKIP LOCKED} and a
 *       {@value #LEASE_SECONDS}-second lease, renewed every {@value #RENEW_SECONDS} s while the batch is being sent
 *       ({@link DeliveryClaims#renew}), so two instances never send the same delivery at once, and the claim of an
 *       instance that died or was cut off is taken over within about {@value #LEASE_SECONDS} s);</li>
 *   <li>right before sending, drop what was cancelled meanwhile, re-check each callback's resolved addresses
 *       ({@link CallbackPolicy}: DNS rebinding) and open the sealed signing secret;</li>
 *   <li>send the batch concurrently (5 s connect and answer timeouts), as JSON POSTs signed with HMAC-SHA256
 *       ({@link Signatures#HEADER}) and carrying {@code X-VioGen-Event-Id} (stable per event, so a partner drops the
 *       rare repeat that at-least-once delivery can cause);</li>
 *   <li>record each result in its own short transaction: 2xx = SENT; anything else retried with exponential backoff,
 *       FAILED after {@link Backoff#MAX_ATTEMPTS} attempts (administrators can replay it).</li>
 * </ol>
 * A send starts only while the lease, as last renewed, still covers the whole send (its timeouts) with a margin: an
 * instance that can no longer renew (it lost the database) stops sending before another may take its claim over. A
 * tick relays batch after batch while they come full (at most {@value #MAX_BATCHES_PER_TICK}), so a backlog drains.
 */
@Singleton
public class DeliveryRelay {

    private static final Logger LOG = Logger.getLogger(DeliveryRelay.class.getName());
    static final int BATCH = 20;
    public static final String EVENT_ID_HEADER = "X-VioGen-Event-Id";
    /** How long a claim lasts unless renewed. */
    public static final long LEASE_SECONDS = 20;
    /** How often a claim is renewed while its batch is being sent. */
    static final long RENEW_SECONDS = 5;
    /** The longest one send may take (connect and answer timeouts), plus a margin: what a lease must still cover. */
    private static final Duration SEND_NEEDS = Duration.ofSeconds(5 + 5 + 3);
    static final int MAX_BATCHES_PER_TICK = 10;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    DeliveryClaims claims;

    @Inject
    CallbackPolicy callbacks;

    @Inject
    SubscriptionSecrets secrets;

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
            for (int i = 0; i < MAX_BATCHES_PER_TICK && relayDue(BATCH) == BATCH; i++) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbound relay failed; will retry on the next tick", e);
        }
    }

    /** Claims, sends and records up to {@code max} due deliveries; returns how many were attempted. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int relayDue(int max) {
        if (secrets.key().isEmpty()) {
            return 0;
        }
        String token = UUID.randomUUID().toString();
        Lease lease = new Lease(token);
        List<DeliveryClaims.Claimed> batch = claims.claim(max, LEASE_SECONDS, token);
        if (batch.isEmpty()) {
            return 0;
        }
        lease.renew();
        List<DeliveryClaims.Claimed> sending = new ArrayList<>();
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (DeliveryClaims.Claimed c : batch) {
            if (!lease.holds(c.id())) {
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
            lease.renewIfDue();
            if (!lease.holds(c.id()) || !lease.covers(SEND_NEEDS)) {
                // cancelled meanwhile, or the lease could not be renewed (the database is out of reach): leave it to
                // whoever claims it next
                LOG.warning(() -> "Delivery " + c.id() + " not sent now: this relay's claim on it could not be renewed");
                continue;
            }
            sending.add(c);
            answers.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode));
        }
        lease.holdWhileAwaiting(answers);
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

    /**
     * This relay's claim on a batch, as far as it knows: valid until the time of its last successful renewal (taken
     * before the statement was sent, so never later than the database's own expiry) plus the lease.
     */
    private final class Lease {
        private final String token;
        private long renewedAt = System.nanoTime();
        private long validUntil = renewedAt + TimeUnit.SECONDS.toNanos(LEASE_SECONDS);
        private Set<Long> held = Set.of();

        Lease(String token) {
            this.token = token;
        }

        /** Renews the claim on what this relay still holds (pending, subscription active). */
        void renew() {
            long before = System.nanoTime();
            try {
                held = claims.renew(token, LEASE_SECONDS);
                validUntil = before + TimeUnit.SECONDS.toNanos(LEASE_SECONDS);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not renew the claim of an outbound batch", e);
                // the lease keeps its last valid end
            }
            renewedAt = before;
        }

        boolean holds(long id) {
            return held.contains(id);
        }

        void renewIfDue() {
            if (System.nanoTime() - renewedAt >= TimeUnit.SECONDS.toNanos(RENEW_SECONDS)) {
                renew();
            }
        }

        boolean covers(Duration needed) {
            return System.nanoTime() + needed.toNanos() < validUntil;
        }

        /** Waits for every answer, renewing the claim every few seconds meanwhile. */
        void holdWhileAwaiting(List<CompletableFuture<Integer>> answers) {
            CompletableFuture<Void> all = CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new));
            while (true) {
                try {
                    all.get(RENEW_SECONDS, TimeUnit.SECONDS);
                    return;
                } catch (TimeoutException e) {
                    renew();
                } catch (ExecutionException e) {
                    return;   // one of them failed: each answer is read (and its failure recorded) by the caller
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
