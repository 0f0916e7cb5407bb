package es.viogen.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A partner's subscription to outbound events, delivered to its callback URL and signed with its secret. */
@Entity
@Table(name = "subscription", schema = "partners")
public class Subscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partner_client", nullable = false, updatable = false)
    private String partnerClient;

    @Column(name = "event_types", nullable = false)
    private String eventTypes;

    @Column(name = "callback_url", nullable = false)
    private String callbackUrl;

    /** Sealed (AES-GCM, see {@code SubscriptionSecrets}); never the secret in clear. */
    @Column(name = "signing_secret_sealed", nullable = false)
    private String signingSecretSealed;

    private boolean active = true;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Subscription() {
    }

    public Subscription(String partnerClient, Set<OutboundEventType> types, String callbackUrl,
                        String signingSecretSealed, Instant now) {
        this.partnerClient = partnerClient;
        this.eventTypes = types.stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
        this.callbackUrl = callbackUrl;
        this.signingSecretSealed = signingSecretSealed;
        this.createdAt = now;
    }

    public Set<OutboundEventType> types() {
        Set<OutboundEventType> s = EnumSet.noneOf(OutboundEventType.class);
        Arrays.stream(eventTypes.split("\\s+")).filter(x -> !x.isBlank()).map(OutboundEventType::valueOf).forEach(s::add);
        return s;
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.cancelledAt = now;
    }

    public Long getId() { return id; }
    public String getPartnerClient() { return partnerClient; }
    public String getEventTypes() { return eventTypes; }
    public String getCallbackUrl() { return callbackUrl; }
    public String getSigningSecretSealed() { return signingSecretSealed; }
    public Instant getCancelledAt() { return cancelledAt; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
}
