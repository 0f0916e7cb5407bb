package es.viogen.municipal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A region's explicit decision about one municipality: in the adhesion programme (its coverage target) or explicitly
 * out of it, with the reason. Population alone cannot decide it (2025 figures put most pending towns under 5,000).
 */
@Entity
@Table(name = "programme_entry", schema = "municipal")
public class ProgrammeEntry {

    @Id
    @Column(name = "ine_code", length = 5)
    private String ineCode;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(nullable = false)
    private boolean included;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected ProgrammeEntry() {
    }

    public ProgrammeEntry(String ineCode, String regionCode, boolean included, String reason, String decidedBy, Instant at) {
        this.ineCode = ineCode;
        this.regionCode = regionCode;
        decide(included, reason, decidedBy, at);
    }

    public final void decide(boolean include, String why, String by, Instant at) {
        this.included = include;
        this.reason = why;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public String getIneCode() {
        return ineCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public boolean isIncluded() {
        return included;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
