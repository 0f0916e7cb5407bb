package es.viogen.municipal.entity;

import es.viogen.platform.api.RiskLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The adhesion convenio with the Secretaría de Estado de Seguridad: signed on a date for a term (4 years by default),
 * renewable; its follow-up commission (2 representatives per side) and the levels the local police may own.
 * A renewal is a new agreement of the same adhesion; the current one is the latest signed.
 */
@Entity
@Table(name = "agreement", schema = "municipal")
public class AdhesionAgreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "adhesion_id", nullable = false)
    private long adhesionId;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "term_years", nullable = false)
    private int termYears;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "renewal_due", nullable = false)
    private LocalDate renewalDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "max_level", nullable = false, length = 20)
    private RiskLevel maxLevel;

    private String reference;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commission_member", schema = "municipal", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("side")
    private List<CommissionMember> commission = new ArrayList<>();

    @Version
    private long version;

    protected AdhesionAgreement() {
    }

    public AdhesionAgreement(long adhesionId, LocalDate signedOn, int termYears, LocalDate expiresOn, LocalDate renewalDue,
                             RiskLevel maxLevel, String reference, String recordedBy, Instant recordedAt) {
        this.adhesionId = adhesionId;
        this.signedOn = signedOn;
        this.termYears = termYears;
        this.expiresOn = expiresOn;
        this.renewalDue = renewalDue;
        this.maxLevel = maxLevel;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public void addMember(CommissionMember m) {
        commission.add(m);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(signedOn) && day.isBefore(expiresOn);
    }

    public Long getId() {
        return id;
    }

    public long getAdhesionId() {
        return adhesionId;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public int getTermYears() {
        return termYears;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public LocalDate getRenewalDue() {
        return renewalDue;
    }

    public RiskLevel getMaxLevel() {
        return maxLevel;
    }

    public String getReference() {
        return reference;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<CommissionMember> getCommission() {
        return commission;
    }
}
