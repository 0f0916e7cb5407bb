package es.viogen.intake.ui;

import es.viogen.intake.control.InactivationRules;

import java.io.Serializable;
import java.time.LocalDate;

/** The inactivation dialog of the case page: the facts the inactivation rules weigh, and the note. */
public class InactivationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean supervised;
    private LocalDate inPersonContactOn;
    private boolean judicialMeasureInForce;
    private boolean vulnerabilityObserved;
    private LocalDate victimUnlocatableSince;
    private String note;

    InactivationRules.Request request() {
        return new InactivationRules.Request(supervised, inPersonContactOn, judicialMeasureInForce,
                vulnerabilityObserved, victimUnlocatableSince, note);
    }

    public boolean isSupervised() {
        return supervised;
    }

    public void setSupervised(boolean supervised) {
        this.supervised = supervised;
    }

    public LocalDate getInPersonContactOn() {
        return inPersonContactOn;
    }

    public void setInPersonContactOn(LocalDate inPersonContactOn) {
        this.inPersonContactOn = inPersonContactOn;
    }

    public boolean isJudicialMeasureInForce() {
        return judicialMeasureInForce;
    }

    public void setJudicialMeasureInForce(boolean judicialMeasureInForce) {
        this.judicialMeasureInForce = judicialMeasureInForce;
    }

    public boolean isVulnerabilityObserved() {
        return vulnerabilityObserved;
    }

    public void setVulnerabilityObserved(boolean vulnerabilityObserved) {
        this.vulnerabilityObserved = vulnerabilityObserved;
    }

    public LocalDate getVictimUnlocatableSince() {
        return victimUnlocatableSince;
    }

    public void setVictimUnlocatableSince(LocalDate victimUnlocatableSince) {
        this.victimUnlocatableSince = victimUnlocatableSince;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
