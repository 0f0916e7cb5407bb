package es.viogen.intake.entity;

import es.viogen.intake.api.ComplaintChannel;
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

/** A complaint (denuncia / atestado) on a case; the first one opens it. */
@Entity
@Table(name = "complaint", schema = "intake")
public class Complaint implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "atestado_number", length = 40)
    private String atestadoNumber;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(length = 300)
    private String place;

    @Column(name = "municipality_code", nullable = false, length = 5)
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplaintChannel channel;

    @Column(length = 4000)
    private String summary;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Version
    private long version;

    protected Complaint() {
    }

    public Complaint(long caseId, String atestadoNumber, Instant filedAt, String place, String municipalityCode,
                     ComplaintChannel channel, String summary, Instant recordedAt, String recordedBy) {
        this.caseId = caseId;
        this.atestadoNumber = atestadoNumber;
        this.filedAt = filedAt;
        this.place = place;
        this.municipalityCode = municipalityCode;
        this.channel = channel;
        this.summary = summary;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getAtestadoNumber() {
        return atestadoNumber;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getPlace() {
        return place;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
