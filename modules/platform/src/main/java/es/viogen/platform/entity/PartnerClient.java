package es.viogen.platform.entity;

import es.viogen.platform.api.Territory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A partner system (court, prison administration, support office...) with hashed secret, scopes and territory. */
@Entity
@Table(name = "partner_client", schema = "platform")
public class PartnerClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, length = 80)
    private String clientId;

    @Column(nullable = false, length = 200)
    private String organisation;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "secret_hash", nullable = false, length = 400)
    private String secretHash;

    @Column(nullable = false, length = 1000)
    private String scopes = "";

    @Column(name = "region_code", length = 2)
    private String regionCode;

    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "secret_rotated_at")
    private Instant secretRotatedAt;

    @Version
    private long version;

    protected PartnerClient() {
    }

    public PartnerClient(String clientId, String organisation, String kind, String secretHash, Set<String> scopes,
                         Territory territory) {
        this.clientId = clientId;
        this.organisation = organisation;
        this.kind = kind;
        this.secretHash = secretHash;
        this.scopes = String.join(" ", scopes);
        this.regionCode = territory.regionCode();
        this.provinceCode = territory.provinceCode();
    }

    public Set<String> scopeSet() {
        return Arrays.stream(scopes.split("\\s+")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Territory territory() {
        return new Territory(regionCode, provinceCode, null);
    }

    public void update(String organisation, String kind, Set<String> scopes, Territory territory) {
        this.organisation = organisation;
        if (kind != null && !kind.isBlank()) {
            this.kind = kind;
        }
        this.scopes = String.join(" ", scopes);
        this.regionCode = territory.regionCode();
        this.provinceCode = territory.provinceCode();
    }

    public void rotateSecret(String newHash) {
        this.secretHash = newHash;
        this.secretRotatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getKind() {
        return kind;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getScopes() {
        return scopes;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
