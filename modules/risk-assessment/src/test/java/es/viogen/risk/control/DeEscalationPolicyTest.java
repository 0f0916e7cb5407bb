package es.viogen.risk.control;

import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bundled de-escalation protocol data and its rules. */
class DeEscalationPolicyTest {

    static final DeEscalationPolicy POLICY = DeEscalationPolicy.bundled();
    static final Instant SINCE = Instant.parse("2026-11-01T10:00:00Z");

    @ParameterizedTest(name = "{0} -> {3} after {1} h and {2} assessments: {4}")
    @CsvSource({
            // in force, hours at level, assessments at level (this one included), result, outcome
            "EXTREMO, 0,   2, NO_APRECIADO, TOO_EARLY",
            "EXTREMO, 71,  5, ALTO,         TOO_EARLY",
            "EXTREMO, 73,  1, ALTO,         TOO_EARLY",
            "EXTREMO, 72,  2, ALTO,         NEEDS_APPROVAL",
            "EXTREMO, 100, 3, NO_APRECIADO, NEEDS_APPROVAL",
            "ALTO,    167, 4, MEDIO,        TOO_EARLY",
            "ALTO,    168, 1, MEDIO,        NEEDS_APPROVAL",
            "MEDIO,   0,   1, BAJO,         APPLY",
            "MEDIO,   0,   1, NO_APRECIADO, NEEDS_APPROVAL",
            "BAJO,    0,   1, NO_APRECIADO, APPLY",
            "MEDIO,   0,   1, MEDIO,        NOT_A_DROP",
            "ALTO,    0,   1, EXTREMO,      NOT_A_DROP",
    })
    void rules(RiskLevel inForce, int hours, int assessments, RiskLevel result, DeEscalationPolicy.Outcome outcome) {
        assertEquals(outcome, POLICY.evaluate(inForce, SINCE, assessments, result,
                SINCE.plus(Duration.ofHours(hours))).outcome());
    }

    @Test
    void tooEarlySaysWhenADropCanFirstBeProposed() {
        DeEscalationPolicy.Evaluation e = POLICY.evaluate(RiskLevel.EXTREMO, SINCE, 2, RiskLevel.ALTO,
                SINCE.plusSeconds(15));
        assertEquals(DeEscalationPolicy.Outcome.TOO_EARLY, e.outcome());
        assertEquals(SINCE.plus(Duration.ofHours(72)), e.earliest());
        assertEquals(2, e.assessmentsNeeded());
    }

    @Test
    void theFirstAssessmentIsNeverADrop() {
        assertEquals(DeEscalationPolicy.Outcome.NOT_A_DROP,
                POLICY.evaluate(null, null, 1, RiskLevel.BAJO, SINCE).outcome());
    }
}
