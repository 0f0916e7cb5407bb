package es.viogen.municipal.control;

import es.viogen.municipal.entity.AdhesionStatus;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static es.viogen.municipal.entity.AdhesionStatus.AGREEMENT_IN_PREPARATION;
import static es.viogen.municipal.entity.AdhesionStatus.INTEGRATED;
import static es.viogen.municipal.entity.AdhesionStatus.NOT_STARTED;
import static es.viogen.municipal.entity.AdhesionStatus.REJECTED;
import static es.viogen.municipal.entity.AdhesionStatus.REQUESTED;
import static es.viogen.municipal.entity.AdhesionStatus.SIGNED;
import static es.viogen.municipal.entity.AdhesionStatus.TRAINING;
import static es.viogen.municipal.entity.AdhesionStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdhesionWorkflowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final AdhesionWorkflow.Facts READY = new AdhesionWorkflow.Facts(true, true, 1);
    private static final AdhesionWorkflow.Facts NOTHING = new AdhesionWorkflow.Facts(false, false, 0);

    private static void check(AdhesionStatus from, AdhesionStatus to, AdhesionWorkflow.Facts facts) {
        AdhesionWorkflow.check(from, to, facts, TODAY, TODAY, k -> "«" + k + "»");
    }

    @Test
    void theHappyPathFromNotStartedToIntegratedIsAllowed() {
        List<AdhesionStatus> path = List.of(NOT_STARTED, REQUESTED, AGREEMENT_IN_PREPARATION, SIGNED, TRAINING, INTEGRATED);
        for (int i = 0; i + 1 < path.size(); i++) {
            AdhesionStatus from = path.get(i);
            AdhesionStatus to = path.get(i + 1);
            assertDoesNotThrow(() -> check(from, to, READY), from + " -> " + to);
        }
    }

    @Test
    void integratingBeforeSigningIsRefusedNamingBothStagesAndWhatIsMissing() {
        RuleViolation v = assertThrows(RuleViolation.class, () -> check(REQUESTED, INTEGRATED, READY));
        assertEquals(AdhesionWorkflow.RULE, v.rule());
        assertEquals("municipal.workflow.invalid", v.messageKey());
        assertEquals("«adhesionStatus.REQUESTED»", v.args()[0]);
        assertEquals("«adhesionStatus.INTEGRATED»", v.args()[1]);
        assertEquals("«municipal.workflow.needsSignedAndTraining»", v.args()[2]);
        assertThrows(RuleViolation.class, () -> check(AGREEMENT_IN_PREPARATION, INTEGRATED, READY));
        assertThrows(RuleViolation.class, () -> check(SIGNED, INTEGRATED, READY), "training comes first");
    }

    @Test
    void skippingTheAgreementIsRefused() {
        RuleViolation v = assertThrows(RuleViolation.class, () -> check(REQUESTED, SIGNED, READY));
        assertEquals("«municipal.workflow.needsAgreementFirst»", v.args()[2]);
    }

    @Test
    void signingNeedsTheAgreementRecorded() {
        RuleViolation v = assertThrows(RuleViolation.class, () -> check(AGREEMENT_IN_PREPARATION, SIGNED, NOTHING));
        assertEquals("municipal.workflow.noAgreement", v.messageKey());
    }

    @Test
    void integratingNeedsAnAgreementInForceAndATrainedOfficer() {
        assertEquals("municipal.workflow.agreementNotInForce", assertThrows(RuleViolation.class,
                () -> check(TRAINING, INTEGRATED, new AdhesionWorkflow.Facts(true, false, 3))).messageKey());
        assertEquals("municipal.workflow.noTraining", assertThrows(RuleViolation.class,
                () -> check(TRAINING, INTEGRATED, new AdhesionWorkflow.Facts(true, true, 0))).messageKey());
    }

    @ParameterizedTest
    @EnumSource(value = AdhesionStatus.class, names = {"REQUESTED", "AGREEMENT_IN_PREPARATION", "SIGNED", "TRAINING", "INTEGRATED"})
    void aCouncilMayWithdrawAtAnyStageAfterRequesting(AdhesionStatus from) {
        assertTrue(AdhesionWorkflow.next(from).contains(WITHDRAWN));
        assertDoesNotThrow(() -> check(from, WITHDRAWN, NOTHING));
    }

    @Test
    void onlyARequestOrAnAgreementInPreparationCanBeRejected() {
        assertDoesNotThrow(() -> check(REQUESTED, REJECTED, NOTHING));
        assertDoesNotThrow(() -> check(AGREEMENT_IN_PREPARATION, REJECTED, NOTHING));
        assertThrows(RuleViolation.class, () -> check(INTEGRATED, REJECTED, READY));
        assertThrows(RuleViolation.class, () -> check(NOT_STARTED, WITHDRAWN, READY));
    }

    @Test
    void aRejectedOrWithdrawnCouncilCanOnlyRequestAgain() {
        assertEquals(Set.of(REQUESTED), AdhesionWorkflow.next(REJECTED));
        assertEquals(Set.of(REQUESTED), AdhesionWorkflow.next(WITHDRAWN));
        assertThrows(RuleViolation.class, () -> check(WITHDRAWN, INTEGRATED, READY));
    }

    @Test
    void stayingInTheSameStageIsRefused() {
        assertEquals("municipal.workflow.same",
                assertThrows(RuleViolation.class, () -> check(SIGNED, SIGNED, READY)).messageKey());
    }

    @Test
    void aFutureOrMissingDateIsInvalidInputOnItsField() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> AdhesionWorkflow.check(REQUESTED,
                AGREEMENT_IN_PREPARATION, READY, TODAY.plusDays(1), TODAY, k -> k));
        assertEquals("effectiveOn", e.fieldErrors().get(0).field());
        assertThrows(InvalidInput.class, () -> AdhesionWorkflow.check(REQUESTED, AGREEMENT_IN_PREPARATION, READY, null,
                TODAY, k -> k));
    }

    @Test
    void integratedCanOnlyBeLeftByWithdrawing() {
        assertEquals(Set.of(WITHDRAWN), AdhesionWorkflow.next(INTEGRATED));
        assertFalse(AdhesionWorkflow.next(NOT_STARTED).contains(INTEGRATED));
    }
}
