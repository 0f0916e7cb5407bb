package es.viogen.intake.entity;

import es.viogen.intake.api.CaseStatus;
import es.viogen.platform.api.RecordLocation;
import es.viogen.platform.api.RiskLevel;
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
import java.time.LocalDate;

/**
 * One victim's case (expediente), owned by one responsible unit. Its territory codes are copied from the
 * municipality where the facts happened, so lists can be filtered by the actor's scope in SQL.
 * (JPQL name {@code IntakeCase}: {@code Case} is a JPQL keyword.)
 */
@Entity(name = "IntakeCase")
@Table(name = "case_file", schema = "intake")
public class Case implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 20)
    private String caseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "status_since", nullable = false)
    private Instant statusSince;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "inactivated_at")
    private Instant inactivatedAt;

    @Column(name = "supervised_until")
    private LocalDate supervisedUntil;

    @Column(name = "supervision_extensions", nullable = false)
    private int supervisionExtensions;

    @Column(name = "reactivated_at")
    private Instant reactivatedAt;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "municipality_code", nullable = false, length = 5)
    private String municipalityCode;

    @Column(name = "region_code", length = 2)
    private String regionCode;

    @Column(name = "province_code", length = 2)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_level", length = 20)
    private RiskLevel currentLevel;

    @Column(name = "especial_relevancia", nullable = false)
    private boolean especialRelevancia;

    @Column(name = "ever_especial_relevancia", nullable = false)
    private boolean everEspecialRelevancia;

    @Column(name = "minors_at_risk", nullable = false)
    private boolean minorsAtRisk;

    @Column(name = "level_assessed_at")
    private Instant levelAssessedAt;

    @Column(name = "last_medium_or_above_at")
    private Instant lastMediumOrAboveAt;

    @Column(name = "repeat_aggressor", nullable = false)
    private boolean repeatAggressor;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Version
    private long version;

    protected Case() {
    }

    public Case(String caseNumber, long unitId, Territory territory, Instant openedAt, String createdBy) {
        this.caseNumber = caseNumber;
        this.unitId = unitId;
        this.municipalityCode = territory.municipalityCode();
        this.regionCode = territory.regionCode();
        this.provinceCode = territory.provinceCode();
        this.openedAt = openedAt;
        this.status = CaseStatus.ACTIVE;
        this.statusSince = openedAt;
        this.createdBy = createdBy;
    }

    public Territory territory() {
        return new Territory(regionCode, provinceCode, municipalityCode);
    }

    public RecordLocation location() {
        return new RecordLocation(unitId, territory());
    }

    /** Records the outcome of an assessment (told by the risk module). */
    public void levelAssessed(RiskLevel level, boolean especialRelevancia, boolean minorsAtRisk, Instant at) {
        if (levelAssessedAt != null && at.isBefore(levelAssessedAt)) {
            return; // an older assessment arriving late does not overwrite a newer one
        }
        this.currentLevel = level;
        this.especialRelevancia = especialRelevancia;
        this.everEspecialRelevancia |= especialRelevancia;
        this.minorsAtRisk = minorsAtRisk;
        this.levelAssessedAt = at;
        if (level != null && level.isAtLeast(RiskLevel.MEDIO)) {
            this.lastMediumOrAboveAt = at;
        }
    }

    public void inactivate(boolean supervised, LocalDate until, String reason, Instant at) {
        this.status = supervised ? CaseStatus.SUPERVISED : CaseStatus.INACTIVE;
        this.statusReason = reason;
        this.statusSince = at;
        this.inactivatedAt = at;
        this.supervisedUntil = supervised ? until : null;
        this.supervisionExtensions = 0;
    }

    public void extendSupervision(LocalDate until) {
        this.supervisedUntil = until;
        this.supervisionExtensions++;
    }

    /** Ends a supervised inactivation whose period has run: the case becomes inactive. */
    public void endSupervision(String reason, Instant at) {
        this.status = CaseStatus.INACTIVE;
        this.statusReason = reason;
        this.statusSince = at;
    }

    public void reactivate(String reason, Instant at) {
        this.status = CaseStatus.ACTIVE;
        this.statusReason = reason;
        this.statusSince = at;
        this.reactivatedAt = at;
        this.supervisedUntil = null;
    }

    public void transferTo(long newUnitId, Territory newTerritory) {
        this.unitId = newUnitId;
        if (newTerritory != null) {
            this.municipalityCode = newTerritory.municipalityCode();
            this.regionCode = newTerritory.regionCode();
            this.provinceCode = newTerritory.provinceCode();
        }
    }

    public void markRepeatAggressor() {
        this.repeatAggressor = true;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getStatusSince() {
        return statusSince;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getInactivatedAt() {
        return inactivatedAt;
    }

    public LocalDate getSupervisedUntil() {
        return supervisedUntil;
    }

    public int getSupervisionExtensions() {
        return supervisionExtensions;
    }

    public Instant getReactivatedAt() {
        return reactivatedAt;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public RiskLevel getCurrentLevel() {
        return currentLevel;
    }

    public boolean isEspecialRelevancia() {
        return especialRelevancia;
    }

    public boolean isEverEspecialRelevancia() {
        return everEspecialRelevancia;
    }

    public boolean isMinorsAtRisk() {
        return minorsAtRisk;
    }

    public Instant getLevelAssessedAt() {
        return levelAssessedAt;
    }

    public Instant getLastMediumOrAboveAt() {
        return lastMediumOrAboveAt;
    }

    public boolean isRepeatAggressor() {
        return repeatAggressor;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
