package es.viogen.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * One row of the append-only audit log. Never updated (a database trigger refuses it), hence no version column.
 * The hash covers the row's fields and the previous row's hash.
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

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditRecord() {
    }

    public AuditRecord(Long id, Instant at, String actor, String actorRole, Long actorUnit, String action,
                       String recordType, String recordId, String purpose, String prevHash, String hash) {
        this.id = id;
        this.at = at;
        this.actor = actor;
        this.actorRole = actorRole;
        this.actorUnit = actorUnit;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.purpose = purpose;
        this.prevHash = prevHash;
        this.hash = hash;
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
}
