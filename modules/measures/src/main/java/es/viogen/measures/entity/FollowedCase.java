package es.viogen.measures.entity;

import es.viogen.platform.api.RecordLocation;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Territory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * This module's copy of a case, kept from intake's and risk's events: owner unit, territory, state, level, the last
 * assessment and the next re-assessment due, with the alert stage the scheduler reached for that due date.
 */
@Entity
@Table(name = "followed_case", schema = "measures")
public class FollowedCase {

    @Id
    @Column(name = "case_id")
    private long caseId;

    @Column(name = "case_number")
    private String caseNumber;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "municipality_code")
    private String municipalityCode;

    private String status = "ACTIVE";

    @Enumerated(EnumType.STRING)
    private RiskLevel level;

    @Column(name = "especial_relevancia")
    private boolean especialRelevancia;

    @Column(name = "minors_at_risk")
    private boolean minorsAtRisk;

    @Column(name = "protocol_id")
    private Long protocolId;

    @Column(name = "last_assessment_id")
    private Long lastAssessmentId;

    @Column(name = "last_assessed_at")
    private Instant lastAssessedAt;

    @Column(name = "reassessment_due")
    private Instant reassessmentDue;

    @Column(name = "reassessment_reason")
    private String reassessmentReason;

    @Column(name = "reassessment_stage")
    private String reassessmentStage = "NONE";

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Version
    private long version;

    protected FollowedCase() {
    }

    public FollowedCase(long caseId, String caseNumber, long unitId, Territory territory, Instant openedAt) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.unitId = unitId;
        this.openedAt = openedAt;
        moveTo(unitId, territory);
    }

    public void moveTo(long unitId, Territory territory) {
        this.unitId = unitId;
        if (territory != null) {
            this.regionCode = territory.regionCode();
            this.provinceCode = territory.provinceCode();
            this.municipalityCode = territory.municipalityCode();
        }
    }

    public RecordLocation location() {
        return new RecordLocation(unitId, territory());
    }

    public Territory territory() {
        return new Territory(regionCode, provinceCode, municipalityCode);
    }

    public boolean isActive() {
        return !"INACTIVE".equals(status);
    }

    /** Sets a new due date; the scheduler starts again from the first stage for it. */
    public void reassessmentDueAt(Instant due, String reason, String stage, Instant nextCheck) {
        this.reassessmentDue = due;
        this.reassessmentReason = reason;
        this.reassessmentStage = stage;
        this.nextCheckAt = isActive() ? nextCheck : null;
    }

    public void assessed(long assessmentId, RiskLevel level, boolean especialRelevancia, boolean minorsAtRisk,
                         Instant at, long protocolId) {
        this.lastAssessmentId = assessmentId;
        this.level = level;
        this.especialRelevancia = especialRelevancia;
        this.minorsAtRisk = minorsAtRisk;
        this.lastAssessedAt = at;
        this.protocolId = protocolId;
    }

    public void setStatus(String status) {
        this.status = status;
        if (!isActive()) {
            this.nextCheckAt = null;
        }
    }

    public void setNextCheckAt(Instant nextCheckAt) {
        this.nextCheckAt = nextCheckAt;
    }

    public void setReassessmentStage(String reassessmentStage) {
        this.reassessmentStage = reassessmentStage;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getStatus() {
        return status;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public boolean isEspecialRelevancia() {
        return especialRelevancia;
    }

    public boolean isMinorsAtRisk() {
        return minorsAtRisk;
    }

    public Long getProtocolId() {
        return protocolId;
    }

    public Long getLastAssessmentId() {
        return lastAssessmentId;
    }

    public Instant getLastAssessedAt() {
        return lastAssessedAt;
    }

    public Instant getReassessmentDue() {
        return reassessmentDue;
    }

    public String getReassessmentReason() {
        return reassessmentReason;
    }

    public String getReassessmentStage() {
        return reassessmentStage;
    }

    public Instant getNextCheckAt() {
        return nextCheckAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public long getVersion() {
        return version;
    }
}
