package es.viogen.municipal.entity;

import es.viogen.platform.api.RiskLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A council's adhesion to VioGén: its current stage, and once integrated its local police unit and mandate. */
@Entity
@Table(name = "adhesion", schema = "municipal")
public class Adhesion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ine_code", nullable = false, unique = true, length = 5)
    private String ineCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AdhesionStatus status;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "local_police_unit_id")
    private Long localPoliceUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "max_level", nullable = false, length = 20)
    private RiskLevel maxLevel = RiskLevel.MEDIO;

    @Column(name = "integrated_at")
    private Instant integratedAt;

    @Version
    private long version;

    protected Adhesion() {
    }

    public Adhesion(String ineCode, Instant at) {
        this.ineCode = ineCode;
        this.status = AdhesionStatus.NOT_STARTED;
        this.statusSince = at;
    }

    /** Moves to {@code next}; the caller has checked the rule (see {@code AdhesionWorkflow}). */
    public void moveTo(AdhesionStatus next, Instant at) {
        this.status = next;
        this.statusSince = at;
        if (next != AdhesionStatus.INTEGRATED) {
            this.integratedAt = null;
        }
    }

    public void integrate(long unitId, RiskLevel level, Instant at) {
        this.status = AdhesionStatus.INTEGRATED;
        this.statusSince = at;
        this.localPoliceUnitId = unitId;
        this.maxLevel = level;
        this.integratedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getIneCode() {
        return ineCode;
    }

    public AdhesionStatus getStatus() {
        return status;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public Long getLocalPoliceUnitId() {
        return localPoliceUnitId;
    }

    public RiskLevel getMaxLevel() {
        return maxLevel;
    }

    public Instant getIntegratedAt() {
        return integratedAt;
    }

    public long getVersion() {
        return version;
    }
}
