package es.viogen.municipal.entity;

import es.viogen.platform.api.RecordLocation;
import es.viogen.platform.api.Territory;
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
import java.time.LocalDate;

/**
 * A referral (derivación) of a case's victim to a crisis centre, made only with her recorded consent. Holds the case
 * id and no personal data; access follows the referring unit and the centre's territory.
 */
@Entity
@Table(name = "referral", schema = "municipal")
public class Referral implements Serializable {

    private static final long serialVersionUID = 1L;


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "centre_id", nullable = false)
    private long centreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_code", length = 40)
    private CrisisService service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReferralStatus status;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_on", nullable = false)
    private LocalDate consentOn;

    @Column(name = "consent_by", nullable = false)
    private String consentBy;

    @Column(name = "referring_unit")
    private Long referringUnit;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    private String note;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @Version
    private long version;

    protected Referral() {
    }

    public Referral(long caseId, long centreId, CrisisService service, LocalDate consentOn, String consentBy,
                    Long referringUnit, Territory centreTerritory, String note, String createdBy, Instant createdAt) {
        this.caseId = caseId;
        this.centreId = centreId;
        this.service = service;
        this.consentGiven = true;
        this.consentOn = consentOn;
        this.consentBy = consentBy;
        this.referringUnit = referringUnit;
        this.regionCode = centreTerritory.regionCode();
        this.provinceCode = centreTerritory.provinceCode();
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = ReferralStatus.SENT;
        this.statusAt = createdAt;
    }

    public void changeStatus(ReferralStatus next, Instant at) {
        this.status = next;
        this.statusAt = at;
    }

    public RecordLocation location() {
        return new RecordLocation(referringUnit, new Territory(regionCode, provinceCode, null));
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getCentreId() {
        return centreId;
    }

    public CrisisService getService() {
        return service;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public String getConsentBy() {
        return consentBy;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStatusAt() {
        return statusAt;
    }
}
