package es.viogen.intake.control;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitKind;
import es.viogen.platform.api.UnitView;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OwnershipRulesTest {

    static final UnitView VA = new UnitView(1, "UFAM-VA", "UFAM Valladolid", UnitKind.NATIONAL_POLICE,
            new Territory("07", "47", "47186"), true);
    static final UnitView LE = new UnitView(2, "UFAM-LE", "UFAM León", UnitKind.NATIONAL_POLICE,
            new Territory("07", "24", "24089"), true);
    static final UnitView REGIONAL = new UnitView(3, "UCVM-CYL", "Coordinación", UnitKind.REGIONAL_COORDINATION,
            Territory.region("07"), true);

    static Actor actor(Role role, Long unit, Territory t) {
        return new Actor("x", "x", role, unit, null, t, Set.of());
    }

    @Test
    void theStateUnitOfAPlaceIsTheTownsThenTheProvincesThenTheRegionsNeverALocalOrInactiveOne() {
        UnitView iscarLocal = new UnitView(4, "PL-47075", "Policía Local de Íscar", UnitKind.LOCAL_POLICE,
                new Territory("07", "47", "47075"), true);
        UnitView gcIscar = new UnitView(5, "GC-47075", "Guardia Civil Íscar", UnitKind.GUARDIA_CIVIL,
                new Territory("07", "47", "47075"), true);
        UnitView closed = new UnitView(6, "GC-X", "Cerrada", UnitKind.GUARDIA_CIVIL, new Territory("07", "47", "47075"), false);
        Territory iscar = new Territory("07", "47", "47075");
        var all = java.util.List.of(LE, REGIONAL, iscarLocal, VA);
        org.junit.jupiter.api.Assertions.assertEquals(VA, OwnershipRules.stateUnitFor(iscar, all).orElseThrow(),
                "the provincial state unit when the town has none");
        org.junit.jupiter.api.Assertions.assertEquals(gcIscar, OwnershipRules.stateUnitFor(iscar,
                java.util.List.of(VA, closed, gcIscar, iscarLocal)).orElseThrow(), "the town's own state unit first");
        org.junit.jupiter.api.Assertions.assertEquals(LE, OwnershipRules.stateUnitFor(new Territory("07", "05", "05019"),
                java.util.List.of(LE, REGIONAL, iscarLocal)).orElseThrow(), "else one of the region");
        assertTrue(OwnershipRules.stateUnitFor(new Territory("13", "28", "28079"), all).isEmpty(), "none elsewhere");
    }

    @Test
    void officersRegisterOnlyForTheirOwnUnit() {
        Actor va = actor(Role.POLICE_OFFICER, 1L, VA.territory());
        assertTrue(OwnershipRules.mayRegisterFor(va, VA));
        assertFalse(OwnershipRules.mayRegisterFor(va, LE));
    }

    @Test
    void partnersAndRegionalUnitsRegisterInsideTheirTerritory() {
        Actor court47 = actor(Role.PARTNER, null, Territory.province("07", "47"));
        assertTrue(OwnershipRules.mayRegisterFor(court47, VA));
        assertFalse(OwnershipRules.mayRegisterFor(court47, LE));
        Actor regional = actor(Role.REGIONAL_UNIT, 3L, Territory.region("07"));
        assertTrue(OwnershipRules.mayRegisterFor(regional, LE));
    }

    @Test
    void onlyPoliceUnitsOwnCasesAndAdminsRegisterNothing() {
        assertFalse(OwnershipRules.mayRegisterFor(Actor.SYSTEM, REGIONAL));
        assertFalse(OwnershipRules.mayRegisterFor(actor(Role.ADMIN, 9L, Territory.NATIONAL), VA));
        assertFalse(OwnershipRules.mayRegisterFor(actor(Role.ADHESION_MANAGER, 9L, Territory.region("07")), VA));
        assertFalse(OwnershipRules.mayRegisterFor(Actor.ANONYMOUS, VA));
        assertTrue(OwnershipRules.mayRegisterFor(Actor.SYSTEM, VA));
    }
}
