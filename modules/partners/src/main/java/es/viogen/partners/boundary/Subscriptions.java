package es.viogen.partners.boundary;

import es.viogen.partners.control.Scopes;
import es.viogen.partners.control.Secrets;
import es.viogen.partners.entity.OutboundEventType;
import es.viogen.partners.entity.Subscription;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.FieldError;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.ReplayableAnswer;
import es.viogen.platform.api.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Partners subscribe to outbound events (their own subscriptions only). */
@ApplicationScoped
public class Subscriptions {

    /**
     * A subscription as shown to its partner. {@code signingSecret} only in the answer that creates it: the listing
     * and the idempotency replay of the creating request carry {@code signingSecretWithheld: true} and a notice
     * instead (the stored replay never holds the secret; a partner who lost it subscribes again).
     */
    public record SubscriptionView(long id, List<String> eventTypes, String callbackUrl, boolean active,
                                   Instant createdAt, String signingSecret, boolean signingSecretWithheld,
                                   String notice) implements ReplayableAnswer {

        @Override
        public SubscriptionView forReplay(Texts texts) {
            return new SubscriptionView(id, eventTypes, callbackUrl, active, createdAt, null, true,
                    texts.get("partners.subscription.secretWithheld"));
        }
    }

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    @Inject
    PartnerOperations operations;

    @Inject
    AuditLog audit;

    @Inject
    SubscriptionSecrets secrets;

    @Inject
    CallbackPolicy callbacks;

    @Transactional
    public SubscriptionView subscribe(List<String> eventTypes, String callbackUrl) {
        Actor partner = operations.requirePartner(Scopes.EVENTS_SUBSCRIBE);
        List<FieldError> errors = new ArrayList<>();
        Set<OutboundEventType> types = EnumSet.noneOf(OutboundEventType.class);
        if (eventTypes == null || eventTypes.isEmpty()) {
            errors.add(new FieldError("eventTypes", "validation.required"));
        } else {
            for (String t : eventTypes) {
                try {
                    types.add(OutboundEventType.valueOf(t));
                } catch (IllegalArgumentException | NullPointerException e) {
                    errors.add(new FieldError("eventTypes", "partners.validation.eventType"));
                    break;
                }
            }
        }
        if (!callbacks.check(callbackUrl).acceptable()) {
            errors.add(new FieldError("callbackUrl", "partners.validation.callbackUrl"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String secret = Secrets.generate();
        Subscription s = new Subscription(partner.username(), types, callbackUrl,
                secrets.seal(partner.username(), secret), Instant.now());
        em.persist(s);
        em.flush();
        audit.record(partner, AuditAction.CREATE, "Subscription", String.valueOf(s.getId()), "partner subscription");
        return new SubscriptionView(s.getId(), s.types().stream().map(Enum::name).toList(), s.getCallbackUrl(),
                s.isActive(), s.getCreatedAt(), secret, false, null);
    }

    public List<SubscriptionView> mine() {
        Actor partner = operations.requirePartner(Scopes.EVENTS_SUBSCRIBE);
        return em.createQuery("SELECT s FROM Subscription s WHERE s.partnerClient = :p ORDER BY s.id", Subscription.class)
                .setParameter("p", partner.username()).getResultList().stream().map(this::view).toList();
    }

    @Transactional
    public void cancel(long id) {
        Actor partner = operations.requirePartner(Scopes.EVENTS_SUBSCRIBE);
        Subscription s = em.find(Subscription.class, id);
        if (s == null || !s.getPartnerClient().equals(partner.username())) {
            throw new RecordNotFound("Subscription", id);
        }
        Instant now = Instant.now();
        s.deactivate(now);
        // pending deliveries are cancelled with the subscription (the relay also re-checks it right before sending)
        int cancelled = em.createNativeQuery("UPDATE partners.delivery SET status = 'CANCELLED', cancelled_at = now(), "
                        + "claimed_until = NULL, claim_token = NULL, version = version + 1 "
                        + "WHERE subscription_id = ?1 AND status = 'PENDING'")
                .setParameter(1, id).executeUpdate();
        audit.record(partner, AuditAction.UPDATE, "Subscription", String.valueOf(id),
                "subscription cancelled, " + cancelled + " pending deliveries cancelled");
    }

    private SubscriptionView view(Subscription s) {
        return new SubscriptionView(s.getId(), s.types().stream().map(Enum::name).toList(), s.getCallbackUrl(),
                s.isActive(), s.getCreatedAt(), null, true, null);
    }
}
