package es.viogen.intake.entity;

import java.io.Serializable;

import es.viogen.intake.api.Relationship;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The aggressor (investigado) of a case. */
@Entity
@Table(name = "aggressor", schema = "intake")
public class Aggressor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, unique = true)
    private long caseId;

    @Column(name = "person_ref", nullable = false)
    private long personRef;

    @Embedded
    private Identity identity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Relationship relationship;

    @Column(nullable = false)
    private boolean cohabiting;

    @Column(name = "weapons_licence", nullable = false)
    private boolean weaponsLicence;

    @Column(name = "whereabouts_known", nullable = false)
    private boolean whereaboutsKnown;

    @Version
    private long version;

    protected Aggressor() {
    }

    public Aggressor(long caseId, long personRef, Identity identity, Relationship relationship, boolean cohabiting,
                     boolean weaponsLicence, boolean whereaboutsKnown) {
        this.caseId = caseId;
        this.personRef = personRef;
        this.identity = identity;
        this.relationship = relationship;
        this.cohabiting = cohabiting;
        this.weaponsLicence = weaponsLicence;
        this.whereaboutsKnown = whereaboutsKnown;
    }

    public void whereaboutsKnown(boolean known) {
        this.whereaboutsKnown = known;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public long getPersonRef() {
        return personRef;
    }

    public Identity getIdentity() {
        return identity;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public boolean isCohabiting() {
        return cohabiting;
    }

    public boolean isWeaponsLicence() {
        return weaponsLicence;
    }

    public boolean isWhereaboutsKnown() {
        return whereaboutsKnown;
    }
}
