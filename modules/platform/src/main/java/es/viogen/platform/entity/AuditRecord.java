package es.viogen.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the append-only audit log, read here, appended by a native INSERT. Never updated but for its sealing
 * (a database trigger refuses anything else), hence no version column. {@code rowHash} covers the row's fields;
 * once sealed, {@code hash} covers the previous sealed row's hash, the id and {@code rowHash}.
 */
@Entity
@Table(name = "audit_log", schema = "platform")
public class AuditRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(name = "actor_role", length = 30)
    private String actorRole;

    @Column(name = "actor_unit")
    private Long actorUnit;

    @Column(nullable = false, length = 30)
    private String action;

    @Column(name = "record_type", length = 60)
    private String recordType;

    @Column(name = "record_id", length = 80)
    private String recordId;

    @Column(length = 300)
    private String purpose;

    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(length = 64)
    private String hash;

    @Column(name = "row_hash", length = 64)
    private String rowHash;

    @Column(name = "seal_seq")
    private Long sealSeq;

    protected AuditRecord() {
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public Long getActorUnit() {
        return actorUnit;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }

    public String getRowHash() {
        return rowHash;
    }

    public Long getSealSeq() {
        return sealSeq;
    }

    public boolean isSealed() {
        return sealSeq != null;
    }
}
