package es.viogen.intake.control;

import es.viogen.intake.api.CaseStatus;
import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InactivationRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final LocalDate TODAY = NOW.atZone(ZoneId.of("Europe/Madrid")).toLocalDate();
    static final Instant OPENED = NOW.minus(Duration.ofDays(300));

    static InactivationRules.Facts low(RiskLevel level) {
        return new InactivationRules.Facts(CaseStatus.ACTIVE, level, NOW.minus(Duration.ofDays(2)), false, false, null,
                OPENED, 0, null);
    }

    static InactivationRules.Request lowRequest() {
        return new InactivationRules.Request(false, TODAY.minusDays(3), false, false, null, null);
    }

    static List<String> codes(InactivationRules.Decision d) {
        return d.unmet().stream().map(InactivationRules.Unmet::code).toList();
    }

    @Test
    void aLowCaseWithContactAndReassessmentAndNoMeasureMayBeInactivated() {
        InactivationRules.Decision d = InactivationRules.evaluate(low(RiskLevel.BAJO), lowRequest(), NOW);
        assertTrue(d.allowed(), () -> codes(d).toString());
        assertEquals("INSTR_2_2024_LOW", d.ruleApplied());
    }

    @Test
    void aJudicialMeasureInForceBlocksALowCase() {
        var r = new InactivationRules.Request(false, TODAY.minusDays(3), true, false, null, null);
        InactivationRules.Decision d = InactivationRules.evaluate(low(RiskLevel.NO_APRECIADO), r, NOW);
        assertFalse(d.allowed());
        assertEquals(List.of("JUDICIAL_MEASURE_IN_FORCE"), codes(d));
        assertEquals("intake.inactivation.unmet.judicialMeasure", d.unmet().get(0).messageKey());
    }

    @Test
    void anOrderInForceThatMeasuresHoldsBlocksALowCaseWhateverTheOfficerDeclares() {
        var f = new InactivationRules.Facts(CaseStatus.ACTIVE, RiskLevel.BAJO, NOW.minus(Duration.ofDays(2)), false, false,
                null, OPENED, 0, null, 1);
        InactivationRules.Decision d = InactivationRules.evaluate(f, lowRequest(), NOW); // the officer says "no measure"
        assertFalse(d.allowed());
        assertEquals(List.of("JUDICIAL_MEASURE_IN_FORCE"), codes(d));
    }

    @Test
    void vulnerabilityAndAMissingContactAreEachNamed() {
        var r = new InactivationRules.Request(false, null, false, true, null, null);
        InactivationRules.Decision d = InactivationRules.evaluate(low(RiskLevel.BAJO), r, NOW);
        assertEquals(List.of("VULNERABILITY_OBSERVED", "IN_PERSON_CONTACT_MISSING"), codes(d));
    }

    @Test
    void aContactInTheFutureOrTooOldDoesNotCount() {
        var future = new InactivationRules.Request(false, TODAY.plusDays(1), false, false, null, null);
        assertEquals(List.of("DATE_IN_FUTURE"), codes(InactivationRules.evaluate(low(RiskLevel.BAJO), future, NOW)));
        var old = new InactivationRules.Request(false, TODAY.minusDays(60), false, false, null, null);
        assertEquals(List.of("IN_PERSON_CONTACT_OLD"), codes(InactivationRules.evaluate(low(RiskLevel.BAJO), old, NOW)));
    }

    @Test
    void aReassessmentIsRequiredAfterTheLastIncidentAndRecently() {
        var stale = new InactivationRules.Facts(CaseStatus.ACTIVE, RiskLevel.BAJO, NOW.minus(Duration.ofDays(45)), false,
                false, null, OPENED, 0, null);
        assertEquals(List.of("REASSESSMENT_REQUIRED"), codes(InactivationRules.evaluate(stale, lowRequest(), NOW)));
        var beforeIncident = new InactivationRules.Facts(CaseStatus.ACTIVE, RiskLevel.BAJO, NOW.minus(Duration.ofDays(5)),
                false, false, null, OPENED, 0, NOW.minus(Duration.ofDays(1)));
        assertEquals(List.of("REASSESSMENT_REQUIRED"), codes(InactivationRules.evaluate(beforeIncident, lowRequest(), NOW)));
    }

    @Test
    void aCaseWithoutAnyAssessmentCannotBeInactivated() {
        var none = new InactivationRules.Facts(CaseStatus.ACTIVE, null, null, false, false, null, OPENED, 0, null);
        assertTrue(codes(InactivationRules.evaluate(none, lowRequest(), NOW)).contains("NO_ASSESSMENT"));
    }

    static InactivationRules.Facts medium(RiskLevel level) {
        Instant assessed = NOW.minus(Duration.ofDays(2));
        return new InactivationRules.Facts(CaseStatus.ACTIVE, level, assessed, false, false, assessed, OPENED, 0, null);
    }

    @Test
    void aMediumOrHigherCaseNeedsTheVictimUnlocatableForSixMonths() {
        var missing = new InactivationRules.Request(true, null, false, false, null, null);
        assertEquals(List.of("VICTIM_NOT_UNLOCATABLE"), codes(InactivationRules.evaluate(medium(RiskLevel.ALTO), missing, NOW)));

        var fiveMonths = new InactivationRules.Request(true, null, false, false, TODAY.minusMonths(5), null);
        InactivationRules.Decision d = InactivationRules.evaluate(medium(RiskLevel.MEDIO), fiveMonths, NOW);
        assertEquals(List.of("UNLOCATABLE_LESS_THAN_6_MONTHS"), codes(d));
        assertEquals(6, d.unmet().get(0).args().get(0));

        var sixMonths = new InactivationRules.Request(true, null, false, false, TODAY.minusMonths(6), null);
        InactivationRules.Decision ok = InactivationRules.evaluate(medium(RiskLevel.EXTREMO), sixMonths, NOW);
        assertTrue(ok.allowed(), () -> codes(ok).toString());
        assertEquals("INSTR_2_2024_MEDIUM_OR_ABOVE", ok.ruleApplied());
    }

    @Test
    void aMediumCaseRatedInTheLastSixMonthsMustBeSupervised() {
        var plain = new InactivationRules.Request(false, null, false, false, TODAY.minusMonths(7), null);
        InactivationRules.Decision d = InactivationRules.evaluate(medium(RiskLevel.MEDIO), plain, NOW);
        assertEquals(List.of("SUPERVISION_REQUIRED"), codes(d));
        assertTrue(d.supervisionReasons().contains(InactivationRules.SupervisionReason.RECENT_MEDIUM_OR_ABOVE));
    }

    @Test
    void especialRelevanciaMinorsAtRiskAndRepeatedComplaintsDemandSupervision() {
        var f = new InactivationRules.Facts(CaseStatus.ACTIVE, RiskLevel.BAJO, NOW.minus(Duration.ofDays(2)), true, true,
                null, OPENED, 2, null);
        InactivationRules.Decision d = InactivationRules.evaluate(f, lowRequest(), NOW);
        assertEquals(List.of("SUPERVISION_REQUIRED"), codes(d));
        assertEquals(List.of(InactivationRules.SupervisionReason.ESPECIAL_RELEVANCIA,
                InactivationRules.SupervisionReason.MINORS_AT_RISK,
                InactivationRules.SupervisionReason.REPEATED_COMPLAINTS), d.supervisionReasons());

        var supervised = new InactivationRules.Request(true, TODAY.minusDays(3), false, false, null, null);
        InactivationRules.Decision ok = InactivationRules.evaluate(f, supervised, NOW);
        assertTrue(ok.allowed());
        assertEquals(TODAY.plusMonths(6), ok.supervisedUntil(), "supervision lasts at least 6 months");
    }

    @Test
    void oneFurtherComplaintDoesNotDemandSupervision() {
        var f = new InactivationRules.Facts(CaseStatus.ACTIVE, RiskLevel.BAJO, NOW.minus(Duration.ofDays(2)), false, false,
                null, OPENED, 1, null);
        assertTrue(InactivationRules.evaluate(f, lowRequest(), NOW).allowed());
    }

    @Test
    void agentsMaySuperviseAnyCase() {
        var r = new InactivationRules.Request(true, TODAY.minusDays(1), false, false, null, null);
        InactivationRules.Decision d = InactivationRules.evaluate(low(RiskLevel.BAJO), r, NOW);
        assertTrue(d.allowed());
        assertEquals(List.of(InactivationRules.SupervisionReason.AGENTS_CHOICE), d.supervisionReasons());
    }

    @Test
    void anInactiveCaseIsNotInactivatedAgain() {
        var f = new InactivationRules.Facts(CaseStatus.INACTIVE, RiskLevel.BAJO, NOW.minus(Duration.ofDays(2)), false,
                false, null, OPENED, 0, null);
        assertEquals(List.of("ALREADY_INACTIVE"), codes(InactivationRules.evaluate(f, lowRequest(), NOW)));
    }

    @Test
    void supervisionIsExtendedAtMostTwiceAndEndsOnlyAfterItsPeriod() {
        assertTrue(InactivationRules.checkExtension(CaseStatus.SUPERVISED, 0).isEmpty());
        assertTrue(InactivationRules.checkExtension(CaseStatus.SUPERVISED, 1).isEmpty());
        assertEquals("MAX_EXTENSIONS", InactivationRules.checkExtension(CaseStatus.SUPERVISED, 2).get(0).code());
        assertEquals("NOT_SUPERVISED", InactivationRules.checkExtension(CaseStatus.ACTIVE, 0).get(0).code());

        assertEquals("SUPERVISION_RUNNING",
                InactivationRules.checkEndOfSupervision(CaseStatus.SUPERVISED, TODAY.plusDays(1), NOW).get(0).code());
        assertTrue(InactivationRules.checkEndOfSupervision(CaseStatus.SUPERVISED, TODAY, NOW).isEmpty());
    }
}
