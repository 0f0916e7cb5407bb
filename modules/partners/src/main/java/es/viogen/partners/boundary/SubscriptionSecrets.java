package es.viogen.partners.boundary;

import es.viogen.partners.control.SecretSealing;
import es.viogen.partners.control.ServiceUnavailable;
import es.viogen.platform.api.PlatformReady;
import es.viogen.platform.api.RuntimeMode;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.SecretKey;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Seals and opens subscription signing secrets. The key is {@code viogen.partners.secret-key} (32 bytes, Base64)
 * from configuration; in demo mode without it, a key generated once and kept in {@code partners.sealing_key} (shared
 * by a cluster), as the platform keeps its demo token key. Production without a key: subscribing answers 503 and the
 * relay leaves deliveries waiting.
 */
@ApplicationScoped
public class SubscriptionSecrets {

    private static final Logger LOG = Logger.getLogger(SubscriptionSecrets.class.getName());

    @PersistenceContext(unitName = "partners")
    EntityManager em;

    @Inject
    RuntimeMode mode;

    @Inject
    @ConfigProperty(name = "viogen.partners.secret-key")
    Optional<String> configuredKey;

    private volatile SecretKey key;

    /** The sealing key, or empty when none is configured (production) . */
    @Transactional
    public Optional<SecretKey> key() {
        SecretKey k = key;
        if (k == null) {
            k = load();
            key = k;
        }
        return Optional.ofNullable(k);
    }

    public String seal(String partnerClient, String secret) {
        return SecretSealing.seal(key().orElseThrow(ServiceUnavailable::new), context(partnerClient), secret);
    }

    public String open(String partnerClient, String sealed) {
        if (sealed != null && sealed.startsWith(SecretSealing.LEGACY_PREFIX)) {
            return sealed.substring(SecretSealing.LEGACY_PREFIX.length());
        }
        return SecretSealing.open(key().orElseThrow(ServiceUnavailable::new), context(partnerClient), sealed);
    }

    /** At startup: seals secrets stored in clear before sealing existed. */
    @Transactional
    public void sealLegacy(@Observes @Priority(260) PlatformReady ready) {
        if (key().isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, partner_client, signing_secret_sealed FROM "
                + "partners.subscription WHERE signing_secret_sealed LIKE 'plain:%' FOR UPDATE SKIP LOCKED").getResultList();
        for (Object[] r : rows) {
            String client = (String) r[1];
            em.createNativeQuery("UPDATE partners.subscription SET signing_secret_sealed = ?2, version = version + 1 "
                            + "WHERE id = ?1")
                    .setParameter(1, ((Number) r[0]).longValue())
                    .setParameter(2, seal(client, open(client, (String) r[2]))).executeUpdate();
        }
        if (!rows.isEmpty()) {
            LOG.info(() -> rows.size() + " subscription secret(s) stored in clear were sealed");
        }
    }

    private SecretKey load() {
        if (configuredKey.filter(s -> !s.isBlank()).isPresent()) {
            return SecretSealing.key(configuredKey.get());
        }
        if (!mode.isDemo()) {
            LOG.warning("viogen.partners.secret-key is not set: partners cannot subscribe to outbound events");
            return null;
        }
        em.createNativeQuery("INSERT INTO partners.sealing_key (kid, key_base64) VALUES ('demo', ?1) "
                + "ON CONFLICT (kid) DO NOTHING").setParameter(1, SecretSealing.generateKeyBase64()).executeUpdate();
        String stored = (String) em.createNativeQuery("SELECT key_base64 FROM partners.sealing_key WHERE kid = 'demo'")
                .getSingleResult();
        return SecretSealing.key(stored);
    }

    private static String context(String partnerClient) {
        return "subscription:" + partnerClient;
    }
}
