package es.viogen.measures.control;

import es.viogen.platform.api.RiskLevel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanRulesTest {

    private final ProtocolDefinition protocol = CatalogueFile.loadAll(getClass().getClassLoader()).get(0);
    private final Instant t = Instant.parse("2026-11-23T10:00:00Z");

    private Set<String> codes(RiskLevel level) {
        return PlanRules.change(Set.of(), protocol.measures(), level).toAdd();
    }

    @Test
    void raisingAddsTheHigherLevelsMeasuresAndWithdrawsNothing() {
        PlanRules.PlanChange c = PlanRules.change(codes(RiskLevel.BAJO), protocol.measures(), RiskLevel.ALTO);
        assertTrue(c.toWithdraw().isEmpty());
        assertTrue(c.toAdd().containsAll(Set.of("FREQUENT_SURVEILLANCE", "PERMANENT_CONTACT")));
        assertFalse(c.toAdd().contains("PERIODIC_PHONE_CONTACT"), "already in force");
    }

    @Test
    void loweringWithdrawsOnlyTheMeasuresAboveTheNewLevel() {
        PlanRules.PlanChange c = PlanRules.change(codes(RiskLevel.EXTREMO), protocol.measures(), RiskLevel.MEDIO);
        assertTrue(c.toAdd().isEmpty());
        assertTrue(c.toWithdraw().containsAll(Set.of("PROTECTION_24H", "PERMANENT_CONTACT")));
        assertFalse(c.toWithdraw().contains("COURT_ESCORT"));
    }

    @Test
    void theSameLevelChangesNothing() {
        assertTrue(PlanRules.change(codes(RiskLevel.MEDIO), protocol.measures(), RiskLevel.MEDIO).isEmpty());
    }

    @Test
    void theReassessmentIsDueAfterTheLevelsPeriod() {
        assertEquals(t.plus(Duration.ofDays(60)), PlanRules.reassessmentDue(t, RiskLevel.NO_APRECIADO, protocol.reassessment()));
        assertEquals(t.plus(Duration.ofDays(30)), PlanRules.reassessmentDue(t, RiskLevel.BAJO, protocol.reassessment()));
        assertEquals(t.plus(Duration.ofDays(15)), PlanRules.reassessmentDue(t, RiskLevel.MEDIO, protocol.reassessment()));
        assertEquals(t.plus(Duration.ofDays(7)), PlanRules.reassessmentDue(t, RiskLevel.ALTO, protocol.reassessment()));
        assertEquals(t.plus(Duration.ofHours(72)), PlanRules.reassessmentDue(t, RiskLevel.EXTREMO, protocol.reassessment()));
    }

    @Test
    void aRecurringMeasureIsDueAFrequencyAfterItsLastExecution() {
        assertEquals(t.plus(Duration.ofHours(168)), PlanRules.measureDue(t, null, 168));
        Instant done = t.plus(Duration.ofDays(3));
        assertEquals(done.plus(Duration.ofHours(168)), PlanRules.measureDue(t, done, 168));
        assertNull(PlanRules.measureDue(t, done, null), "a one-off measure has no due date");
    }

    @Test
    void raisedToHighOnlyWhenTheLevelRisesIntoAltoOrExtremo() {
        assertTrue(PlanRules.raisedToHigh(null, RiskLevel.ALTO));
        assertTrue(PlanRules.raisedToHigh(RiskLevel.MEDIO, RiskLevel.EXTREMO));
        assertTrue(PlanRules.raisedToHigh(RiskLevel.ALTO, RiskLevel.EXTREMO));
        assertFalse(PlanRules.raisedToHigh(RiskLevel.ALTO, RiskLevel.ALTO));
        assertFalse(PlanRules.raisedToHigh(RiskLevel.EXTREMO, RiskLevel.ALTO));
        assertFalse(PlanRules.raisedToHigh(RiskLevel.BAJO, RiskLevel.MEDIO));
    }

    @Test
    void theRegionalUnitIsTheNarrowestCoordinationUnitContainingThePlace() {
        var region = new es.viogen.platform.api.UnitView(1, "R", "r", es.viogen.platform.api.UnitKind.REGIONAL_COORDINATION,
                es.viogen.platform.api.Territory.region("07"), true);
        var province = new es.viogen.platform.api.UnitView(2, "P", "p", es.viogen.platform.api.UnitKind.REGIONAL_COORDINATION,
                es.viogen.platform.api.Territory.province("07", "47"), true);
        var police = new es.viogen.platform.api.UnitView(3, "U", "u", es.viogen.platform.api.UnitKind.NATIONAL_POLICE,
                es.viogen.platform.api.Territory.province("07", "47"), true);
        assertEquals(2L, es.viogen.platform.api.Units.regionalCoordinationFor(es.viogen.municipal.api.Provinces.territoryOf("47186"), List.of(region, province, police))
                .orElseThrow().id());
        assertEquals(1L, es.viogen.platform.api.Units.regionalCoordinationFor(es.viogen.municipal.api.Provinces.territoryOf("24089"), List.of(region, province, police))
                .orElseThrow().id());
        assertTrue(es.viogen.platform.api.Units.regionalCoordinationFor(es.viogen.municipal.api.Provinces.territoryOf("28079"), List.of(region, province)).isEmpty());
        assertEquals("07", es.viogen.municipal.api.Provinces.territoryOf("47075").regionCode());
        assertEquals(es.viogen.platform.api.Territory.NATIONAL, es.viogen.municipal.api.Provinces.territoryOf("4707"));
    }
}
