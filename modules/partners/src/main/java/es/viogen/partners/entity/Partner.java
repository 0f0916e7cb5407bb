package es.viogen.partners.entity;

import es.viogen.platform.api.Territory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A registered partner organisation: what it is, what it may do (scopes) and where (territory). */
@Entity
@Table(name = "partner", schema = "partners")
public class Partner implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, updatable = false)
    private String clientId;

    @Column(nullable = false)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerKind kind;

    @Column(nullable = false)
    private String scopes = "";

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "province_code")
    private String provinceCode;

    private boolean active = true;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "secret_rotated_at")
    private Instant secretRotatedAt;

    @Version
    private long version;

    protected Partner() {
    }

    public Partner(String clientId, String organisation, PartnerKind kind, Set<String> scopes, Territory territory,
                   String contactEmail, Instant now) {
        this.clientId = clientId;
        this.createdAt = now;
        this.secretRotatedAt = now;
        update(organisation, kind, scopes, territory, contactEmail, true);
    }

    public final void update(String organisation, PartnerKind kind, Set<String> scopes, Territory territory,
                             String contactEmail, boolean active) {
        this.organisation = organisation;
        this.kind = kind;
        this.scopes = String.join(" ", new LinkedHashSet<>(scopes));
        this.regionCode = territory == null ? null : territory.regionCode();
        this.provinceCode = territory == null ? null : territory.provinceCode();
        this.contactEmail = contactEmail;
        this.active = active;
    }

    public void secretRotated(Instant at) {
        this.secretRotatedAt = at;
    }

    public Set<String> scopeSet() {
        return Arrays.stream(scopes.split("\\s+")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Territory territory() {
        return new Territory(regionCode, provinceCode, null);
    }

    public Long getId() { return id; }
    public String getClientId() { return clientId; }
    public String getOrganisation() { return organisation; }
    public PartnerKind getKind() { return kind; }
    public String getScopes() { return scopes; }
    public String getRegionCode() { return regionCode; }
    public String getProvinceCode() { return provinceCode; }
    public boolean isActive() { return active; }
    public String getContactEmail() { return contactEmail; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSecretRotatedAt() { return secretRotatedAt; }
    public long getVersion() { return version; }
}
