package es.viogen.app.municipal;

import es.viogen.intake.api.CaseRiskRecorder;
import es.viogen.platform.api.RiskLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** In MunicipalEventsIT's deployment only: records a level, then fails, so the whole transaction rolls back. */
@ApplicationScoped
public class HandoverProbe {

    @Inject
    CaseRiskRecorder recorder;

    @Transactional
    public void levelThenFail(long caseId, RiskLevel level) {
        recorder.levelAssessed(caseId, level, false, false, Instant.now());
        throw new IllegalStateException("planted failure after the level was recorded");
    }
}
