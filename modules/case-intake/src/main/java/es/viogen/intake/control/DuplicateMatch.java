package es.viogen.intake.control;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A record of the same person found elsewhere during intake. A JavaBean so pages can show it.
 *
 * @see DuplicateSearch
 */
public class DuplicateMatch implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Role { VICTIM, AGGRESSOR }

    public enum Kind { DOCUMENT, NAME_AND_BIRTH_DATE }

    private final Role role;
    private final Kind kind;
    private final long caseId;
    private final String caseNumber;
    private final long unitId;
    private final String unitName;
    private final long personRef;
    private final String fullName;
    private final LocalDate birthDate;
    private final double similarity;

    public DuplicateMatch(Role role, Kind kind, long caseId, String caseNumber, long unitId, String unitName,
                          long personRef, String fullName, LocalDate birthDate, double similarity) {
        this.role = role;
        this.kind = kind;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.unitId = unitId;
        this.unitName = unitName;
        this.personRef = personRef;
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.similarity = similarity;
    }

    public Role getRole() {
        return role;
    }

    public Kind getKind() {
        return kind;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public long getPersonRef() {
        return personRef;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public double getSimilarity() {
        return similarity;
    }

    public int getSimilarityPercent() {
        return (int) Math.round(similarity * 100);
    }

    /** Stable key for selection in a page: role and person reference. */
    public String getKey() {
        return role + ":" + personRef;
    }
}
