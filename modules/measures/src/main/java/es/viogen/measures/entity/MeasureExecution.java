package es.viogen.measures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One execution of a plan measure (contact made, surveillance done, escort...), with its date and notes. */
@Entity
@Table(name = "measure_execution", schema = "measures")
public class MeasureExecution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_measure_id")
    private long planMeasureId;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "executed_at")
    private Instant executedAt;

    private String notes;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected MeasureExecution() {
    }

    public MeasureExecution(long planMeasureId, long caseId, Instant executedAt, String notes, String recordedBy,
                            Instant recordedAt) {
        this.planMeasureId = planMeasureId;
        this.caseId = caseId;
        this.executedAt = executedAt;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPlanMeasureId() {
        return planMeasureId;
    }

    public long getCaseId() {
        return caseId;
    }

    public Instant getExecutedAt() {
        return executedAt;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
