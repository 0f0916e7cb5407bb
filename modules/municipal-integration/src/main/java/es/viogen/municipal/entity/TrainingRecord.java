package es.viogen.municipal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** Training of a local police officer for VioGén: who, how many hours, when. */
@Entity
@Table(name = "training_record", schema = "municipal")
public class TrainingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "adhesion_id", nullable = false)
    private long adhesionId;

    @Column(nullable = false)
    private String officer;

    @Column(nullable = false)
    private int hours;

    @Column(name = "trained_on", nullable = false)
    private LocalDate trainedOn;

    private String course;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TrainingRecord() {
    }

    public TrainingRecord(long adhesionId, String officer, int hours, LocalDate trainedOn, String course,
                          String recordedBy, Instant recordedAt) {
        this.adhesionId = adhesionId;
        this.officer = officer;
        this.hours = hours;
        this.trainedOn = trainedOn;
        this.course = course;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getOfficer() {
        return officer;
    }

    public int getHours() {
        return hours;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public String getCourse() {
        return course;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
