package es.viogen.municipal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One step of an adhesion: from, to, the date it took effect, who recorded it and when, and a note. */
@Entity
@Table(name = "adhesion_transition", schema = "municipal")
public class AdhesionTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "adhesion_id", nullable = false)
    private long adhesionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 30)
    private AdhesionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private AdhesionStatus toStatus;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String actor;

    private String note;

    protected AdhesionTransition() {
    }

    public AdhesionTransition(long adhesionId, AdhesionStatus from, AdhesionStatus to, LocalDate effectiveOn,
                              Instant recordedAt, String actor, String note) {
        this.adhesionId = adhesionId;
        this.fromStatus = from;
        this.toStatus = to;
        this.effectiveOn = effectiveOn;
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public AdhesionStatus getFromStatus() {
        return fromStatus;
    }

    public AdhesionStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
