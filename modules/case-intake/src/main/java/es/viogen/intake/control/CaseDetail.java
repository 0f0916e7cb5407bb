package es.viogen.intake.control;

import es.viogen.intake.entity.Aggressor;
import es.viogen.intake.entity.Case;
import es.viogen.intake.entity.Complaint;
import es.viogen.intake.entity.Inactivation;
import es.viogen.intake.entity.Incident;
import es.viogen.intake.entity.Minor;
import es.viogen.intake.entity.Transfer;
import es.viogen.intake.entity.Victim;

import java.io.Serializable;
import java.util.List;

/**
 * Everything the case page shows, already filtered for the reader: {@link #isAddressVisible()} is false unless the
 * reader belongs to the responsible unit (a protected address is then replaced by a notice).
 */
public class CaseDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Case kase;
    private final String unitName;
    private final String municipalityName;
    private final Victim victim;
    private final Aggressor aggressor;
    private final List<Minor> minors;
    private final List<Complaint> complaints;
    private final List<Incident> incidents;
    private final List<Transfer> transfers;
    private final List<Inactivation> inactivations;
    private final boolean addressVisible;
    private final boolean ownedByReader;

    public CaseDetail(Case kase, String unitName, String municipalityName, Victim victim, Aggressor aggressor,
                      List<Minor> minors, List<Complaint> complaints, List<Incident> incidents, List<Transfer> transfers,
                      List<Inactivation> inactivations, boolean addressVisible, boolean ownedByReader) {
        this.kase = kase;
        this.unitName = unitName;
        this.municipalityName = municipalityName;
        this.victim = victim;
        this.aggressor = aggressor;
        this.minors = minors;
        this.complaints = complaints;
        this.incidents = incidents;
        this.transfers = transfers;
        this.inactivations = inactivations;
        this.addressVisible = addressVisible;
        this.ownedByReader = ownedByReader;
    }

    public Case getCase() {
        return kase;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getMunicipalityName() {
        return municipalityName;
    }

    public Victim getVictim() {
        return victim;
    }

    public Aggressor getAggressor() {
        return aggressor;
    }

    public List<Minor> getMinors() {
        return minors;
    }

    public List<Complaint> getComplaints() {
        return complaints;
    }

    public List<Incident> getIncidents() {
        return incidents;
    }

    public List<Transfer> getTransfers() {
        return transfers;
    }

    public List<Inactivation> getInactivations() {
        return inactivations;
    }

    public boolean isAddressVisible() {
        return addressVisible;
    }

    /** The victim's address as this reader may see it: null when protected and the reader is not the owner. */
    public String getVisibleAddress() {
        return victim == null ? null : addressVisible || !victim.isAddressProtected() ? victim.getAddress() : null;
    }

    public boolean isOwnedByReader() {
        return ownedByReader;
    }
}
