package es.viogen.intake.ui;

import es.viogen.intake.boundary.CaseIntake;
import es.viogen.intake.control.DuplicateMatch;

import java.io.Serializable;
import java.util.List;

/**
 * The review step of the intake wizard: the same victim or aggressor found elsewhere, the officer's link-or-proceed
 * choice for each, and whether an existing case of the same pair is to be kept separate (with the reason).
 */
public class ReviewStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<DuplicateMatch> victimMatches = List.of();
    private List<DuplicateMatch> aggressorMatches = List.of();
    private String victimLink = "";
    private String aggressorLink = "";
    private boolean separateCase;
    private String separateCaseReason;

    /** A new search for the victim forgets the earlier choice. */
    void victimMatchesFound(List<DuplicateMatch> matches) {
        victimMatches = matches;
        victimLink = "";
    }

    /** A new search for the aggressor forgets the earlier choice. */
    void aggressorMatchesFound(List<DuplicateMatch> matches) {
        aggressorMatches = matches;
        aggressorLink = "";
    }

    /** The persons chosen to link to (the pair case is looked up with these). */
    CaseIntake.Links personLinks() {
        return new CaseIntake.Links(link(victimLink), link(aggressorLink));
    }

    /** The choices as saved: with the reason when the officer keeps the new case apart from the pair's case. */
    CaseIntake.Links links() {
        return new CaseIntake.Links(link(victimLink), link(aggressorLink), separateCase ? separateCaseReason : null);
    }

    /** Keeping the case apart from an existing one of the same pair needs a reason. */
    boolean lacksSeparateCaseReason() {
        return separateCase && (separateCaseReason == null || separateCaseReason.isBlank());
    }

    private static Long link(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value);
    }

    public List<DuplicateMatch> getVictimMatches() {
        return victimMatches;
    }

    public List<DuplicateMatch> getAggressorMatches() {
        return aggressorMatches;
    }

    public String getVictimLink() {
        return victimLink;
    }

    public void setVictimLink(String victimLink) {
        this.victimLink = victimLink;
    }

    public String getAggressorLink() {
        return aggressorLink;
    }

    public void setAggressorLink(String aggressorLink) {
        this.aggressorLink = aggressorLink;
    }

    public boolean isSeparateCase() {
        return separateCase;
    }

    public void setSeparateCase(boolean separateCase) {
        this.separateCase = separateCase;
    }

    public String getSeparateCaseReason() {
        return separateCaseReason;
    }

    public void setSeparateCaseReason(String separateCaseReason) {
        this.separateCaseReason = separateCaseReason;
    }
}
