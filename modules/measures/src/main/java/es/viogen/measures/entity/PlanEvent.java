package es.viogen.measures.entity;

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

/** One line of a plan's history: level changed, measure added or withdrawn, unit changed, incident, order. */
@Entity
@Table(name = "plan_event", schema = "measures")
public class PlanEvent {

    public enum Kind { LEVEL_SET, MEASURE_ADDED, MEASURE_WITHDRAWN, UNIT_CHANGED, REASSESSMENT_DUE_NOW, CASE_INACTIVATED,
        ORDER_REGISTERED, ORDER_BREACHED, EXECUTION_RECORDED, SAFETY_ITEM_DONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    private Instant at;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    private RiskLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    private RiskLevel toLevel;

    @Column(name = "measure_code")
    private String measureCode;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "unit_id")
    private Long unitId;

    @Version
    private long version;

    protected PlanEvent() {
    }

    public PlanEvent(long caseId, Instant at, Kind kind, RiskLevel fromLevel, RiskLevel toLevel, String measureCode,
                     Long assessmentId, Long unitId) {
        this.caseId = caseId;
        this.at = at;
        this.kind = kind;
        this.fromLevel = fromLevel;
        this.toLevel = toLevel;
        this.measureCode = measureCode;
        this.assessmentId = assessmentId;
        this.unitId = unitId;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Instant getAt() {
        return at;
    }

    public Kind getKind() {
        return kind;
    }

    public RiskLevel getFromLevel() {
        return fromLevel;
    }

    public RiskLevel getToLevel() {
        return toLevel;
    }

    public String getMeasureCode() {
        return measureCode;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public long getVersion() {
        return version;
    }
}
