package es.viogen.platform.entity;

import es.viogen.platform.api.AlertSeverity;
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
import java.util.List;

/** An alert raised for a unit (or one person in it). */
@Entity
@Table(name = "alert", schema = "platform")
public class Alert implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Separates message arguments in the stored column (arguments never contain it: they are ids and dates). */
    public static final String ARG_SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(length = 80)
    private String username;

    @Column(nullable = false, length = 60)
    private String type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AlertSeverity severity;

    @Column(name = "record_type", length = 60)
    private String recordType;

    @Column(name = "record_id", length = 80)
    private String recordId;

    @Column(length = 300)
    private String link;

    @Column(name = "message_key", nullable = false, length = 120)
    private String messageKey;

    @Column(name = "message_args", nullable = false, length = 1000)
    private String messageArgs = "";

    @Column(name = "dedup_key", nullable = false, unique = true, length = 200)
    private String dedupKey;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by", length = 80)
    private String acknowledgedBy;

    @Version
    private long version;

    protected Alert() {
    }

    public void acknowledge(String by, Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
            acknowledgedBy = by;
        }
    }

    public List<String> args() {
        return messageArgs.isEmpty() ? List.of() : Arrays.asList(messageArgs.split(ARG_SEPARATOR, -1));
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUsername() {
        return username;
    }

    public String getType() {
        return type;
    }

    public AlertSeverity getSeverity() {
        return severity;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getLink() {
        return link;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }
}
