package es.viogen.app.municipal;

import es.viogen.app.support.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coverage, municipality and crisis-centre REST API against the running WAR in demo mode. Other tests may integrate
 * pending towns meanwhile, so figures are checked for consistency (integrated + pending = programme, the nine pending
 * towns of the user's list are either pending or integrated) rather than against fixed numbers; the exact demo figures
 * (62 of 71) are checked in {@code MunicipalEventsIT}, on a database of its own.
 */
class CoverageApiIT {

    private static final List<String> NINE = List.of("09410", "24014", "24030", "24070", "24134", "24189", "24209", "47075", "47112");

    private final Api court = Api.demo().as("juzgado-valladolid", "viogen-demo");

    private static double percentage(int integrated, int programme) {
        return BigDecimal.valueOf(integrated * 100L).divide(BigDecimal.valueOf(programme), 1, RoundingMode.HALF_UP).doubleValue();
    }

    @Test
    void regionCoverageIsConsistentAndListsThePendingTowns() {
        Api.Reply r = court.get("/api/v1/coverage/regions/07");
        assertEquals(200, r.status(), r.body());
        JsonObject c = r.json();
        assertEquals("Castilla y León", c.getString("regionName"));
        int programme = c.getInt("programme");
        int integrated = c.getInt("integrated");
        JsonArray pending = c.getJsonArray("pending");
        assertTrue(programme >= 71, "at least the 71 demo towns: " + programme);
        assertEquals(programme, integrated + pending.size());
        assertEquals(percentage(integrated, programme), c.getJsonNumber("percentage").doubleValue(), 0.001);
        assertTrue(integrated >= 62);
        Set<String> pendingCodes = new HashSet<>();
        pending.forEach(v -> pendingCodes.add(v.asJsonObject().getString("ineCode")));
        for (String code : NINE) {
            JsonObject m = court.get("/api/v1/municipalities/" + code).json();
            assertTrue(m.getBoolean("programme"), code + " is in the programme");
            assertEquals(!m.getBoolean("integrated"), pendingCodes.contains(code), code + " pending unless integrated");
        }
        // the provinces add up to the region
        int sumProgramme = 0;
        int sumIntegrated = 0;
        for (JsonValue v : c.getJsonArray("provinces")) {
            sumProgramme += v.asJsonObject().getInt("programme");
            sumIntegrated += v.asJsonObject().getInt("integrated");
        }
        assertEquals(programme, sumProgramme);
        assertEquals(integrated, sumIntegrated);
        assertEquals("2026-12-31", c.getJsonObject("target").getString("date"));
        assertEquals(pending.size(), c.getJsonObject("target").getInt("remaining"));
    }

    @Test
    void theQueryFormsGiveTheSameFigures() {
        JsonObject byPath = court.get("/api/v1/coverage/regions/07").json();
        JsonObject byQuery = court.get("/api/v1/coverage?region=07").json();
        assertEquals(byPath.getInt("programme"), byQuery.getInt("programme"));
        JsonObject valladolid = court.get("/api/v1/coverage?province=47").json();
        assertEquals("47", valladolid.getString("provinceCode"));
        JsonObject sameProvince = court.get("/api/v1/coverage/provinces/47").json();
        assertEquals(valladolid.getInt("programme"), sameProvince.getInt("programme"));
        assertTrue(valladolid.getInt("programme") >= 13, "Valladolid has many programme towns");
    }

    @Test
    void badRequestsAreProblems() {
        Api.Reply none = court.get("/api/v1/coverage");
        assertEquals(400, none.status());
        assertTrue(none.contentType().startsWith("application/problem+json"));
        assertEquals("region", none.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply unknown = court.get("/api/v1/coverage/regions/99");
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"));
        assertEquals(400, court.get("/api/v1/coverage/regions/7x").status());
        assertEquals(400, court.get("/api/v1/municipalities?eligible=perhaps").status());
    }

    @Test
    void withoutATokenTheApiAnswers401() {
        Api.Reply r = Api.demo().get("/api/v1/coverage/regions/07");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
    }

    @Test
    void aPartnerCannotMoveAnAdhesion() {
        Api.Reply r = court.post("/api/v1/municipalities/24070/adhesion/transitions", "{\"target\":\"REQUESTED\"}");
        assertEquals(403, r.status());
    }

    @Test
    void aMunicipalityIsFoundByItsIneCodeWith2025PopulationAndEligibility() {
        JsonObject iscar = court.get("/api/v1/municipalities/47075").json();
        assertEquals("Íscar", iscar.getString("name"));
        assertEquals(6493, iscar.getInt("population"));
        assertEquals(2025, iscar.getInt("populationYear"));
        assertTrue(iscar.getBoolean("programme"));
        assertTrue(iscar.getBoolean("eligible"));
        // a Spanish town outside Castilla y León comes from the 2024 file
        JsonObject madrid = court.get("/api/v1/municipalities/28079").json();
        assertEquals(2024, madrid.getInt("populationYear"));
        assertFalse(madrid.getBoolean("programme"));
        // six of the nine pending towns are under 5,000 inhabitants in 2025: not eligible by the rule
        int under = 0;
        for (String code : NINE) {
            if (!court.get("/api/v1/municipalities/" + code).json().getBoolean("eligible")) {
                under++;
            }
        }
        assertEquals(6, under);
        assertEquals(404, court.get("/api/v1/municipalities/99999").status());
    }

    @Test
    void municipalitiesAreFilteredByProvinceAndProgramme() {
        JsonArray leon = court.get("/api/v1/municipalities?province=24&programme=true").jsonValue().asJsonArray();
        assertTrue(leon.size() >= 13);
        Set<String> codes = new HashSet<>();
        for (JsonValue v : leon) {
            assertEquals("24", v.asJsonObject().getString("provinceCode"));
            assertTrue(v.asJsonObject().getBoolean("programme"));
            codes.add(v.asJsonObject().getString("ineCode"));
        }
        assertTrue(codes.containsAll(List.of("24014", "24030", "24070", "24134", "24189", "24209")));
        JsonArray search = court.get("/api/v1/municipalities?q=iscar").jsonValue().asJsonArray();
        assertEquals("47075", search.getJsonObject(0).getString("ineCode"), "accent-insensitive search");
    }

    @Test
    void theNinePuntosAtiendoOfferTheCommonPortfolio() {
        JsonArray centres = court.get("/api/v1/crisis-centres?region=07").jsonValue().asJsonArray();
        assertEquals(9, centres.size());
        Set<String> provinces = new HashSet<>();
        for (JsonValue v : centres) {
            JsonObject c = v.asJsonObject();
            provinces.add(c.getString("provinceCode"));
            assertTrue(c.getBoolean("open24h"));
            assertTrue(c.getBoolean("completeBasicPortfolio"), c.getString("name"));
            assertTrue(c.getJsonArray("services").stream().anyMatch(s -> s.asJsonObject().getString("code").equals("PSYCHOLOGICAL")));
        }
        assertEquals(Set.of("05", "09", "24", "34", "37", "40", "42", "47", "49"), provinces);
    }
}
