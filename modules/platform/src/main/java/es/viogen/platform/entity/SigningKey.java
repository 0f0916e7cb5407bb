package es.viogen.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A token-signing key pair generated in demo mode and kept in the database, so that every instance of a cluster
 * signs and verifies with the same key. Production takes its keys from configuration instead.
 */
@Entity
@Table(name = "signing_key", schema = "platform")
public class SigningKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String kid;

    @Column(name = "private_key_pem", nullable = false)
    private String privateKeyPem;

    @Column(name = "public_key_pem", nullable = false)
    private String publicKeyPem;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected SigningKey() {
    }

    public SigningKey(String kid, String privateKeyPem, String publicKeyPem) {
        this.kid = kid;
        this.privateKeyPem = privateKeyPem;
        this.publicKeyPem = publicKeyPem;
    }

    public String getKid() {
        return kid;
    }

    public String getPrivateKeyPem() {
        return privateKeyPem;
    }

    public String getPublicKeyPem() {
        return publicKeyPem;
    }
}
