package es.viogen.platform.control;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.RecordLocation;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.Visibility;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScopeRulesTest {

    static final Territory VALLADOLID = new Territory("07", "47", "47186");
    static final Territory LEON = new Territory("07", "24", "24089");
    static final Territory MADRID = new Territory("13", "28", "28079");
    static final RecordLocation CASE_OF_UNIT_3_IN_VALLADOLID = new RecordLocation(3L, VALLADOLID);
    static final RecordLocation CASE_OF_UNIT_4_IN_LEON = new RecordLocation(4L, LEON);
    static final RecordLocation CASE_IN_MADRID = new RecordLocation(9L, MADRID);

    private static Actor actor(Role role, Long unit, Territory t) {
        return new Actor("x", "X", role, unit, "U", t, Set.of());
    }

    @Test
    void anOfficerSeesHerOwnUnitsCasesOnly() {
        Visibility v = ScopeRules.visibility(actor(Role.POLICE_OFFICER, 3L, VALLADOLID));
        assertTrue(v.admits(CASE_OF_UNIT_3_IN_VALLADOLID));
        assertFalse(v.admits(CASE_OF_UNIT_4_IN_LEON));
        assertFalse(v.admits(new RecordLocation(5L, VALLADOLID)), "another unit in the same city");
    }

    @Test
    void aUnitSupervisorSeesHerOwnUnitsCasesOnly() {
        Visibility v = ScopeRules.visibility(actor(Role.UNIT_SUPERVISOR, 3L, VALLADOLID));
        assertTrue(v.admits(CASE_OF_UNIT_3_IN_VALLADOLID));
        assertFalse(v.admits(CASE_OF_UNIT_4_IN_LEON));
        assertFalse(v.admits(new RecordLocation(5L, VALLADOLID)), "another unit in the same city");
        assertTrue(Role.UNIT_SUPERVISOR.isOfficer(), "a supervisor is a police officer of her unit");
    }

    @Test
    void aRegionalUnitSeesItsRegion() {
        Visibility v = ScopeRules.visibility(actor(Role.REGIONAL_UNIT, 2L, Territory.region("07")));
        assertTrue(v.admits(CASE_OF_UNIT_3_IN_VALLADOLID));
        assertTrue(v.admits(CASE_OF_UNIT_4_IN_LEON));
        assertFalse(v.admits(CASE_IN_MADRID));
    }

    @Test
    void aProvincialPartnerSeesItsProvince() {
        Visibility v = ScopeRules.visibility(actor(Role.PARTNER, null, Territory.province("07", "47")));
        assertTrue(v.admits(CASE_OF_UNIT_3_IN_VALLADOLID));
        assertFalse(v.admits(CASE_OF_UNIT_4_IN_LEON));
    }

    @Test
    void administratorsAndAnonymousSeeNoRecordsAboutPeople() {
        assertEquals(Visibility.Kind.NONE, ScopeRules.visibility(actor(Role.ADMIN, 1L, Territory.NATIONAL)).kind());
        assertEquals(Visibility.Kind.NONE, ScopeRules.visibility(Actor.ANONYMOUS).kind());
        assertFalse(ScopeRules.visibility(Actor.ANONYMOUS).admits(CASE_OF_UNIT_3_IN_VALLADOLID));
    }

    @Test
    void anOfficerWithoutUnitSeesNothing() {
        assertEquals(Visibility.Kind.NONE, ScopeRules.visibility(actor(Role.POLICE_OFFICER, null, VALLADOLID)).kind());
    }
}
