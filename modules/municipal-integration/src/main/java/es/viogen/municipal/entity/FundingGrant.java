package es.viogen.municipal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Funds granted to the council under the State Pact against gender violence (Pacto de Estado). */
@Entity
@Table(name = "funding_grant", schema = "municipal")
public class FundingGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "adhesion_id", nullable = false)
    private long adhesionId;

    @Column(name = "grant_year", nullable = false)
    private int grantYear;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "granted_on", nullable = false)
    private LocalDate grantedOn;

    private String purpose;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FundingGrant() {
    }

    public FundingGrant(long adhesionId, int grantYear, BigDecimal amount, LocalDate grantedOn, String purpose,
                        String recordedBy, Instant recordedAt) {
        this.adhesionId = adhesionId;
        this.grantYear = grantYear;
        this.amount = amount;
        this.grantedOn = grantedOn;
        this.purpose = purpose;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public int getGrantYear() {
        return grantYear;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public String getPurpose() {
        return purpose;
    }
}
