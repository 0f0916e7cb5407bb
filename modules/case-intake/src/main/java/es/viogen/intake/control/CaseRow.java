package es.viogen.intake.control;

import es.viogen.intake.api.CaseStatus;
import es.viogen.platform.api.RiskLevel;

import java.io.Serializable;
import java.time.Instant;

/** One line of the case list and its exports (a JavaBean for the pages). */
public class CaseRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String caseNumber;
    private final CaseStatus status;
    private final RiskLevel level;
    private final boolean especialRelevancia;
    private final boolean minorsAtRisk;
    private final boolean repeatAggressor;
    private final String unitName;
    private final String municipalityCode;
    private final String victimName;
    private final String aggressorName;
    private final Instant openedAt;

    public CaseRow(long id, String caseNumber, CaseStatus status, RiskLevel level, boolean especialRelevancia,
                   boolean minorsAtRisk, boolean repeatAggressor, String unitName, String municipalityCode,
                   String victimName, String aggressorName, Instant openedAt) {
        this.id = id;
        this.caseNumber = caseNumber;
        this.status = status;
        this.level = level;
        this.especialRelevancia = especialRelevancia;
        this.minorsAtRisk = minorsAtRisk;
        this.repeatAggressor = repeatAggressor;
        this.unitName = unitName;
        this.municipalityCode = municipalityCode;
        this.victimName = victimName;
        this.aggressorName = aggressorName;
        this.openedAt = openedAt;
    }

    public long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public boolean isEspecialRelevancia() {
        return especialRelevancia;
    }

    public boolean isMinorsAtRisk() {
        return minorsAtRisk;
    }

    public boolean isRepeatAggressor() {
        return repeatAggressor;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getVictimName() {
        return victimName;
    }

    public String getAggressorName() {
        return aggressorName;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
