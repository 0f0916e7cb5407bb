package es.viogen.intake.ui;

import es.viogen.intake.api.NewAggressor;
import es.viogen.intake.api.Relationship;

import java.io.Serializable;

/** The aggressor step of the intake wizard: his identity and the facts about him that weigh on the risk. */
public class AggressorStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PersonForm identity = new PersonForm();
    private Relationship relationship;
    private boolean cohabiting;
    private boolean weaponsLicence;
    private boolean whereaboutsKnown = true;

    public NewAggressor toNew() {
        return new NewAggressor(identity.toIdentity(), relationship, cohabiting, weaponsLicence, whereaboutsKnown);
    }

    public PersonForm getIdentity() {
        return identity;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }

    public boolean isCohabiting() {
        return cohabiting;
    }

    public void setCohabiting(boolean cohabiting) {
        this.cohabiting = cohabiting;
    }

    public boolean isWeaponsLicence() {
        return weaponsLicence;
    }

    public void setWeaponsLicence(boolean weaponsLicence) {
        this.weaponsLicence = weaponsLicence;
    }

    public boolean isWhereaboutsKnown() {
        return whereaboutsKnown;
    }

    public void setWhereaboutsKnown(boolean whereaboutsKnown) {
        this.whereaboutsKnown = whereaboutsKnown;
    }
}
