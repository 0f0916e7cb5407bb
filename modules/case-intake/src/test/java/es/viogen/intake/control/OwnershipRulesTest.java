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
