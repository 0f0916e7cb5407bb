package es.viogen.platform.control;

import es.viogen.platform.api.Actor;
import es.viogen.platform.api.RecordLocation;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.ScopePredicate;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.Visibility;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scope predicate for every kind of actor: its SQL and JPQL conditions (text and bound values) and, evaluated
 * over a set of records, exactly what {@link Visibility#admits} admits.
 */
class ScopePredicateTest {

    static final Territory VALLADOLID = new Territory("07", "47", "47186");
    static final Territory ISCAR = new Territory("07", "47", "47075");
    static final Territory LEON = new Territory("07", "24", "24089");
    static final Territory MADRID = new Territory("13", "28", "28079");
    static final List<RecordLocation> RECORDS = List.of(new RecordLocation(3L, VALLADOLID),
            new RecordLocation(3L, LEON), new RecordLocation(4L, ISCAR), new RecordLocation(4L, LEON),
            new RecordLocation(9L, MADRID), new RecordLocation(null, VALLADOLID), new RecordLocation(5L, null),
            new RecordLocation(6L, new Territory("07", null, null)));

    private static Actor actor(Role role, Long unit, Territory t) {
        return new Actor("x", "X", role, unit, "U", t, Set.of());
    }

    @Test
    void anOfficerSeesHerUnitsRecordsThroughOneBoundValue() {
        Visibility v = ScopeRules.visibility(actor(Role.POLICE_OFFICER, 3L, VALLADOLID));
        ScopePredicate.Sql sql = ScopePredicate.sql(v, ScopePredicate.Columns.sql("c"));
        assertEquals("c.unit_id = ?", sql.text());
        assertEquals(List.of(3L), sql.params());
        ScopePredicate.Jpql jpql = ScopePredicate.jpql(v, ScopePredicate.Columns.jpql("c"));
        assertEquals("c.unitId = :scope1", jpql.text());
        assertEquals(Map.of("scope1", 3L), jpql.params());
        agreesWithAdmits(v);
    }

    @Test
    void aRegionalUnitSeesItsRegionsRecords() {
        Visibility v = ScopeRules.visibility(actor(Role.REGIONAL_UNIT, 1L, Territory.region("07")));
        ScopePredicate.Sql sql = ScopePredicate.sql(v, ScopePredicate.Columns.sql(""));
        assertEquals("(region_code = ?)", sql.text());
        assertEquals(List.of("07"), sql.params());
        agreesWithAdmits(v);
    }

    @Test
    void anAdhesionManagerSeesItsTerritorysRecords() {
        Visibility v = ScopeRules.visibility(actor(Role.ADHESION_MANAGER, 2L, Territory.region("07")));
        assertEquals(Visibility.Kind.TERRITORY, v.kind());
        agreesWithAdmits(v);
    }

    @Test
    void aPartnerSeesTheTerritoryOfItsRegistrationDownToTheMunicipality() {
        Visibility v = ScopeRules.visibility(actor(Role.PARTNER, null, new Territory("07", "47", "47186")));
        ScopePredicate.Sql sql = ScopePredicate.sql(v, ScopePredicate.Columns.sql("c"));
        assertEquals("(c.region_code = ? AND c.province_code = ? AND c.municipality_code = ?)", sql.text());
        assertEquals(List.of("07", "47", "47186"), sql.params());
        ScopePredicate.Jpql jpql = ScopePredicate.jpql(v, ScopePredicate.Columns.jpql("c"));
        assertEquals("(c.regionCode = :scope1 AND c.provinceCode = :scope2 AND c.municipalityCode = :scope3)", jpql.text());
        assertEquals(Map.of("scope1", "07", "scope2", "47", "scope3", "47186"), jpql.params());
        agreesWithAdmits(v);
        agreesWithAdmits(ScopeRules.visibility(actor(Role.PARTNER, null, Territory.province("07", "24"))));
    }

    @Test
    void anAdministratorSeesNoRecordAboutPersons() {
        Visibility v = ScopeRules.visibility(actor(Role.ADMIN, 1L, Territory.NATIONAL));
        assertEquals("1 = 0", ScopePredicate.sql(v, ScopePredicate.Columns.sql("c")).text());
        assertEquals("1 = 0", ScopePredicate.jpql(v, ScopePredicate.Columns.jpql("c")).text());
        assertTrue(ScopePredicate.sql(v, ScopePredicate.Columns.sql("c")).params().isEmpty());
        agreesWithAdmits(v);
    }

    @Test
    void theSystemAndANationalTerritorySeeEverything() {
        assertEquals("1 = 1", ScopePredicate.sql(Visibility.ALL, ScopePredicate.Columns.sql("c")).text());
        agreesWithAdmits(Visibility.ALL);
        agreesWithAdmits(ScopeRules.visibility(actor(Role.PARTNER, null, Territory.NATIONAL)));
        agreesWithAdmits(ScopeRules.visibility(null));
    }

    @Test
    void aTableWithoutAColumnTheTerritoryNamesAdmitsNothingOfIt() {
        Visibility v = Visibility.territory(new Territory("07", "47", "47186"));
        ScopePredicate.Columns noMunicipality = new ScopePredicate.Columns("r.unit", "r.region", "r.province", null);
        ScopePredicate.Sql sql = ScopePredicate.sql(v, noMunicipality);
        assertEquals("1 = 0", sql.text());
        assertTrue(sql.params().isEmpty(), "no stray values for placeholders that are not there");
        ScopePredicate.Sql region = ScopePredicate.sql(Visibility.territory(Territory.region("07")), noMunicipality);
        assertEquals("(r.region = ?)", region.text());
    }

    @Test
    void valuesAreNeverWrittenIntoTheText() {
        Visibility hostile = Visibility.territory(new Territory("07' OR '1'='1", null, null));
        ScopePredicate.Sql sql = ScopePredicate.sql(hostile, ScopePredicate.Columns.sql("c"));
        assertFalse(sql.text().contains("OR"));
        assertEquals(List.of("07' OR '1'='1"), sql.params());
        ScopePredicate.Jpql jpql = ScopePredicate.jpql(Visibility.unit(42L), ScopePredicate.Columns.jpql("c"));
        assertFalse(jpql.text().contains("42"));
    }

    /** Evaluates both conditions on each record (NULL never equals) and compares with {@link Visibility#admits}. */
    private static void agreesWithAdmits(Visibility v) {
        ScopePredicate.Sql sql = ScopePredicate.sql(v, ScopePredicate.Columns.sql("c"));
        ScopePredicate.Jpql jpql = ScopePredicate.jpql(v, ScopePredicate.Columns.jpql("c"));
        for (RecordLocation r : RECORDS) {
            Map<String, Object> row = new HashMap<>();
            Territory t = r.territory() == null ? new Territory(null, null, null) : r.territory();
            row.put("c.unit_id", r.owningUnitId());
            row.put("c.region_code", t.regionCode());
            row.put("c.province_code", t.provinceCode());
            row.put("c.municipality_code", t.municipalityCode());
            Map<String, Object> entity = new HashMap<>();
            entity.put("c.unitId", r.owningUnitId());
            entity.put("c.regionCode", t.regionCode());
            entity.put("c.provinceCode", t.provinceCode());
            entity.put("c.municipalityCode", t.municipalityCode());
            boolean admitted = r.territory() != null && v.admits(r) || r.territory() == null && admitsWithoutPlace(v, r);
            assertEquals(admitted, evaluateSql(sql, row), v + " SQL on " + r);
            assertEquals(admitted, evaluateJpql(jpql, entity), v + " JPQL on " + r);
        }
    }

    /** A record without a place: {@code admits} would fail on it, SQL sees NULL columns. */
    private static boolean admitsWithoutPlace(Visibility v, RecordLocation r) {
        return switch (v.kind()) {
            case ALL -> true;
            case NONE -> false;
            case UNIT -> Objects.equals(r.owningUnitId(), v.unitId());
            case TERRITORY -> false;
        };
    }

    private static boolean evaluateSql(ScopePredicate.Sql c, Map<String, Object> row) {
        List<Object> values = new ArrayList<>(c.params());
        return evaluate(c.text(), row, column -> values.remove(0), "?");
    }

    private static boolean evaluateJpql(ScopePredicate.Jpql c, Map<String, Object> row) {
        return evaluate(c.text(), row, c.params()::get, null);
    }

    private static boolean evaluate(String text, Map<String, Object> row, java.util.function.Function<String, Object> value,
                                    String placeholder) {
        if (text.equals("1 = 1")) {
            return true;
        }
        if (text.equals("1 = 0")) {
            return false;
        }
        boolean all = true;
        for (String part : text.replace("(", "").replace(")", "").split(" AND ")) {
            String[] sides = part.split(" = ");
            assertTrue(row.containsKey(sides[0]), "a standard column: " + sides[0]);
            Object bound = placeholder != null ? value.apply(sides[1]) : value.apply(sides[1].substring(1));
            Object actual = row.get(sides[0]);
            all &= actual != null && actual.equals(bound);
        }
        return all;
    }
}
