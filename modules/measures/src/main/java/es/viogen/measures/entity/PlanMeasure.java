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

/**
 * A measure of a case's protection plan: added when the level required it, withdrawn (never deleted) when a later
 * assessment lowered the level. A recurring one carries its next due moment and the scheduler's alert stage.
 */
@Entity
@Table(name = "plan_measure", schema = "measures")
public class PlanMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "catalogue_id")
    private long catalogueId;

    private String code;

    private String kind;

    @Column(name = "frequency_hours")
    private Integer frequencyHours;

    @Column(name = "added_at")
    private Instant addedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_for_level")
    private RiskLevel addedForLevel;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawn_for_level")
    private RiskLevel withdrawnForLevel;

    @Column(name = "last_executed_at")
    private Instant lastExecutedAt;

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    private String stage = "NONE";

    @Column(name = "next_check_at")
    private Instant nextCheckAt;

    @Version
    private long version;

    protected PlanMeasure() {
    }

    public PlanMeasure(long caseId, long catalogueId, String code, String kind, Integer frequencyHours, RiskLevel level,
                       Instant at) {
        this.caseId = caseId;
        this.catalogueId = catalogueId;
        this.code = code;
        this.kind = kind;
        this.frequencyHours = frequencyHours;
        this.addedAt = at;
        this.addedForLevel = level;
    }

    public void withdraw(RiskLevel level, Instant at) {
        this.withdrawnAt = at;
        this.withdrawnForLevel = level;
        this.nextDueAt = null;
        this.nextCheckAt = null;
    }

    public boolean isInForce() {
        return withdrawnAt == null;
    }

    public void executed(Instant at) {
        if (lastExecutedAt == null || at.isAfter(lastExecutedAt)) {
            lastExecutedAt = at;
        }
    }

    public void schedule(Instant nextDue, String stage, Instant nextCheck) {
        this.nextDueAt = nextDue;
        this.stage = stage;
        this.nextCheckAt = nextCheck;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getCatalogueId() {
        return catalogueId;
    }

    public String getCode() {
        return code;
    }

    public String getNameKey() {
        return "measure." + code;
    }

    public String getKind() {
        return kind;
    }

    public boolean isMandatory() {
        return "MANDATORY".equals(kind);
    }

    public Integer getFrequencyHours() {
        return frequencyHours;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public RiskLevel getAddedForLevel() {
        return addedForLevel;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public RiskLevel getWithdrawnForLevel() {
        return withdrawnForLevel;
    }

    public Instant getLastExecutedAt() {
        return lastExecutedAt;
    }

    public Instant getNextDueAt() {
        return nextDueAt;
    }

    public String getStage() {
        return stage;
    }

    public Instant getNextCheckAt() {
        return nextCheckAt;
    }

    public long getVersion() {
        return version;
    }
}
