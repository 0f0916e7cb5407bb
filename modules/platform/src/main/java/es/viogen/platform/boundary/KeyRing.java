package es.viogen.platform.boundary;

import es.viogen.platform.api.RuntimeMode;
import es.viogen.platform.control.KeyPems;
import es.viogen.platform.entity.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

/**
 * The token keys. Production: {@code viogen.jwt.private-key} / {@code viogen.jwt.public-key} (PEM) from
 * configuration; with only a public key (an external issuer), the token endpoint is off and tokens are only verified.
 * Demo: a key pair generated once and kept in the database, shared by every instance.
 */
@ApplicationScoped
public class KeyRing {

    public record Keys(String kid, PrivateKey privateKey, PublicKey publicKey) {
        public boolean canSign() {
            return privateKey != null;
        }
    }

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    RuntimeMode mode;

    @Inject
    @ConfigProperty(name = "viogen.jwt.private-key")
    Optional<String> privateKeyPem;

    @Inject
    @ConfigProperty(name = "viogen.jwt.public-key")
    Optional<String> publicKeyPem;

    @Inject
    @ConfigProperty(name = "viogen.jwt.key-id", defaultValue = "viogen-1")
    String keyId;

    private volatile Keys keys;

    @Transactional
    public Optional<Keys> keys() {
        Keys k = keys;
        if (k == null) {
            k = load();
            keys = k;
        }
        return Optional.ofNullable(k);
    }

    private Keys load() {
        if (publicKeyPem.filter(s -> !s.isBlank()).isPresent()) {
            PublicKey pub = KeyPems.publicKey(publicKeyPem.get());
            PrivateKey priv = privateKeyPem.filter(s -> !s.isBlank()).map(KeyPems::privateKey).orElse(null);
            return new Keys(keyId, priv, pub);
        }
        if (!mode.isDemo()) {
            return null;
        }
        SigningKey stored = em.createQuery("SELECT k FROM SigningKey k WHERE k.kid = 'demo'", SigningKey.class)
                .getResultStream().findFirst().orElse(null);
        if (stored == null) {
            KeyPair pair = KeyPems.generate();
            // two instances may race here: the unique kid makes the loser's insert a no-op
            em.createNativeQuery("INSERT INTO platform.signing_key (kid, private_key_pem, public_key_pem) "
                            + "VALUES ('demo', ?1, ?2) ON CONFLICT (kid) DO NOTHING")
                    .setParameter(1, KeyPems.toPem(pair.getPrivate()))
                    .setParameter(2, KeyPems.toPem(pair.getPublic()))
                    .executeUpdate();
            stored = em.createQuery("SELECT k FROM SigningKey k WHERE k.kid = 'demo'", SigningKey.class)
                    .getSingleResult();
        }
        return new Keys("demo", KeyPems.privateKey(stored.getPrivateKeyPem()), KeyPems.publicKey(stored.getPublicKeyPem()));
    }
}
