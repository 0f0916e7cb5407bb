package es.viogen.intake.api;

import es.viogen.platform.api.RecordLocation;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Territory;

import java.time.Instant;

/** What other modules may know of a case: ids, state, owner, place and risk flags; no personal data. */
public record CaseSummary(long caseId, String caseNumber, CaseStatus status, long unitId, Territory territory,
                          RiskLevel currentLevel, boolean especialRelevancia, boolean minorsAtRisk, Instant openedAt) {

    public RecordLocation location() {
        return new RecordLocation(unitId, territory);
    }
}
