package es.viogen.app.risk;

import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseRiskRecorder;
import es.viogen.platform.api.RiskLevel;
import java.time.Instant;
import es.viogen.intake.api.CaseSummary;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.RecordNotFound;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In RiskIT's deployment only: intake's {@link CaseQueries} and {@link CaseRiskRecorder} stand in for the cases the test registers (the test fires
 * intake's events itself), with the real platform scope check. Risk depends on intake's api alone, so this is the
 * whole contract it uses.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class TestCaseRegistry implements CaseQueries, CaseRiskRecorder {

    private static final Map<Long, CaseSummary> CASES = new ConcurrentHashMap<>();

    @Inject
    AccessScope scope;

    public static void register(CaseSummary c) {
        CASES.put(c.caseId(), c);
    }

    /** The level risk reports back, kept on the stand-in case (intake's real recorder knows only its own cases). */
    @Override
    public void levelAssessed(long caseId, RiskLevel level, boolean especialRelevancia, boolean minorsAtRisk,
                              Instant assessedAt) {
        CASES.computeIfPresent(caseId, (id, c) -> new CaseSummary(c.caseId(), c.caseNumber(), c.status(), c.unitId(),
                c.territory(), level, especialRelevancia, minorsAtRisk, c.openedAt()));
    }

    @Override
    public Optional<CaseSummary> find(long caseId) {
        return Optional.ofNullable(CASES.get(caseId));
    }

    @Override
    public CaseSummary requireReadable(long caseId, String purpose) {
        CaseSummary c = CASES.get(caseId);
        if (c == null) {
            throw new RecordNotFound("Case", caseId);
        }
        scope.requireRead(c.location(), "Case", String.valueOf(caseId));
        return c;
    }
}
