package es.viogen.app.measures;

import es.viogen.app.support.Api;
import es.viogen.app.support.TestEnvironment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The follow-up REST API over HTTP against the running WAR, as the demo court (province 47). */
class FollowUpApiIT {

    private final Api court = Api.demo().as("juzgado-valladolid", "viogen-demo");

    private static Set<String> fields(Api.Reply r) {
        return r.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field"))
                .collect(Collectors.toSet());
    }

    @Test
    void thePlanShowsTheLevelsMeasuresAndTheNextReassessment() throws Exception {
        Instant at = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        var c = FollowUpFixtures.valladolid("MEDIO", at);
        Api.Reply r = court.get("/api/v1/cases/" + c.caseId() + "/plan");
        assertEquals(200, r.status(), r.body());
        JsonObject plan = r.json();
        assertEquals("MEDIO", plan.getString("level"));
        assertEquals(at.plus(Duration.ofDays(15)), Instant.parse(plan.getString("reassessmentDue")));
        assertFalse(plan.getBoolean("reassessmentOverdue"));
        Set<String> codes = plan.getJsonArray("measures").stream().map(v -> v.asJsonObject().getString("code"))
                .collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("FREQUENT_SURVEILLANCE", "PERIODIC_PHONE_CONTACT", "SPORADIC_CONTACT")));
        assertFalse(codes.contains("PROTECTION_24H"));
    }

    @Test
    void aCaseOutsideThePartnersProvinceIsForbiddenAndAnUnknownOneNotFound() throws Exception {
        var leon = FollowUpFixtures.leon("BAJO", Instant.now());
        Api.Reply r = court.get("/api/v1/cases/" + leon.caseId() + "/plan");
        assertEquals(403, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(404, court.get("/api/v1/cases/8999999999/plan").status());
        assertEquals(401, Api.demo().get("/api/v1/cases/" + leon.caseId() + "/plan").status());
    }

    @Test
    void anExecutionIsRecordedAndReschedulesTheMeasure() throws Exception {
        var c = FollowUpFixtures.valladolid("BAJO", Instant.now().minus(Duration.ofDays(10)));
        JsonObject phone = court.get("/api/v1/cases/" + c.caseId() + "/plan").json().getJsonArray("measures").stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("code").equals("PERIODIC_PHONE_CONTACT"))
                .findFirst().orElseThrow();
        assertTrue(phone.getBoolean("overdue"), "weekly phone contact overdue after 10 days");
        Instant done = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply r = court.post("/api/v1/cases/" + c.caseId() + "/measures/" + phone.getJsonNumber("measureId").longValue()
                + "/executions", "{\"executedAt\":\"" + done + "\",\"notes\":\"Contacto telefónico: sin novedad\"}");
        assertEquals(201, r.status(), r.body());
        assertEquals(done.plus(Duration.ofDays(7)), Instant.parse(r.json().getString("nextDueAt")));
        JsonObject after = court.get("/api/v1/cases/" + c.caseId() + "/plan").json().getJsonArray("measures").stream()
                .map(JsonValue::asJsonObject).filter(m -> m.getString("code").equals("PERIODIC_PHONE_CONTACT"))
                .findFirst().orElseThrow();
        assertFalse(after.getBoolean("overdue"));
        assertEquals(done, Instant.parse(after.getString("lastExecutedAt")));
    }

    @Test
    void anInvalidExecutionNamesItsFields() throws Exception {
        var c = FollowUpFixtures.valladolid("BAJO", Instant.now().minus(Duration.ofDays(1)));
        JsonArray measures = court.get("/api/v1/cases/" + c.caseId() + "/plan").json().getJsonArray("measures");
        long id = measures.getJsonObject(0).getJsonNumber("measureId").longValue();
        Api.Reply r = court.post("/api/v1/cases/" + c.caseId() + "/measures/" + id + "/executions",
                "{\"executedAt\":\"ayer\"}");
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals(Set.of("executedAt"), fields(r));
        Api.Reply future = court.post("/api/v1/cases/" + c.caseId() + "/measures/" + id + "/executions",
                "{\"executedAt\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\"}");
        assertEquals(400, future.status());
        assertEquals(404, court.post("/api/v1/cases/" + c.caseId() + "/measures/1/executions",
                "{\"executedAt\":\"" + Instant.now() + "\"}").status());
    }

    @Test
    void aJudicialOrderIsRegisteredAndMakesTheReassessmentDue() throws Exception {
        var c = FollowUpFixtures.valladolid("BAJO", Instant.now().minus(Duration.ofDays(1)));
        Api.Reply r = court.post("/api/v1/cases/" + c.caseId() + "/judicial-orders", """
                {"type":"RESTRAINING_DISTANCE","court":"Juzgado de Violencia sobre la Mujer n.º 1 de Valladolid",
                 "procedureNumber":"OP 123/2026","startsOn":"%s","endsOn":"%s","distanceMetres":500}"""
                .formatted(LocalDate.now(), LocalDate.now().plusMonths(6)));
        assertEquals(201, r.status(), r.body());
        long orderId = r.json().getJsonNumber("id").longValue();
        try (Connection db = TestEnvironment.get().connect();
             PreparedStatement ps = db.prepareStatement("SELECT o.distance_metres, c.reassessment_due <= now() "
                     + "FROM measures.judicial_order o JOIN measures.followed_case c ON c.case_id = o.case_id WHERE o.id = ?")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(500, rs.getInt(1));
                assertTrue(rs.getBoolean(2), "a change of judicial measures makes the re-assessment due now");
            }
        }
        assertTrue(court.get("/api/v1/cases/" + c.caseId() + "/plan").json().getBoolean("reassessmentOverdue"));
    }

    @Test
    void anInvalidJudicialOrderIsRefusedWithItsFieldsAndWithoutTheScopeForbidden() throws Exception {
        var c = FollowUpFixtures.valladolid("BAJO", Instant.now());
        Api.Reply r = court.post("/api/v1/cases/" + c.caseId() + "/judicial-orders",
                "{\"type\":\"RESTRAINING_DISTANCE\",\"procedureNumber\":\"OP 1/2026\",\"startsOn\":\"2026-05-10\","
                        + "\"endsOn\":\"2026-01-01\"}");
        assertEquals(400, r.status());
        assertEquals(Set.of("court", "endsOn", "distanceMetres"), fields(r));
        Api.Reply badType = court.post("/api/v1/cases/" + c.caseId() + "/judicial-orders",
                "{\"type\":\"DESTIERRO\",\"court\":\"x\",\"procedureNumber\":\"1\",\"startsOn\":\"2026-01-01\"}");
        assertEquals(400, badType.status());
        assertEquals(Set.of("type"), fields(badType));
        assertEquals(401, Api.demo().post("/api/v1/cases/" + c.caseId() + "/judicial-orders", "{}").status());
    }

    @Test
    void theUnitsDueListHoldsItsOverdueReassessments() throws Exception {
        var c = FollowUpFixtures.valladolid("EXTREMO", Instant.now().minus(Duration.ofDays(4)));
        Api.Reply r = court.get("/api/v1/units/" + c.unitId() + "/due");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.jsonValue().asJsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(d -> d.getJsonNumber("caseId").longValue() == c.caseId()
                        && d.getString("kind").equals("REASSESSMENT") && d.getBoolean("overdue")));
        var leon = FollowUpFixtures.leon("EXTREMO", Instant.now().minus(Duration.ofDays(4)));
        Api.Reply other = court.get("/api/v1/units/" + leon.unitId() + "/due");
        assertEquals(403, other.status(), "a unit outside province 47 is refused, as documented: " + other.body());
        assertFalse(other.body().contains(String.valueOf(leon.caseId())), "nothing of the León case leaks");
    }

    @Test
    void aBreachOfAnOrderBecomesAnIncidentWithItsAlert() throws Exception {
        var c = FollowUpFixtures.valladolid("MEDIO", Instant.now().minus(Duration.ofDays(1)));
        long orderId = court.post("/api/v1/cases/" + c.caseId() + "/judicial-orders", """
                {"type":"ELECTRONIC_BRACELET","court":"Juzgado VSM 1 Valladolid","procedureNumber":"OP 77/2026",
                 "startsOn":"%s"}""".formatted(LocalDate.now().minusDays(10))).json().getJsonNumber("id").longValue();
        Instant when = Instant.now().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply r = court.post("/api/v1/cases/" + c.caseId() + "/judicial-orders/" + orderId + "/breaches",
                "{\"occurredAt\":\"" + when + "\",\"description\":\"Alarma de proximidad del dispositivo\"}");
        assertEquals(201, r.status(), r.body());
        try (Connection db = TestEnvironment.get().connect();
             PreparedStatement ps = db.prepareStatement("SELECT (SELECT COUNT(*) FROM measures.order_breach WHERE order_id = ?), "
                     + "(SELECT COUNT(*) FROM platform.alert WHERE type = 'MEASURE_BREACH' AND record_id = ? AND unit_id = ?)")) {
            ps.setLong(1, orderId);
            ps.setString(2, Long.toString(c.caseId()));
            ps.setLong(3, c.unitId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getLong(1));
                assertEquals(1, rs.getLong(2), "the owning unit is alerted once");
            }
        }
        assertEquals(404, court.post("/api/v1/cases/" + c.caseId() + "/judicial-orders/1/breaches",
                "{\"occurredAt\":\"" + when + "\"}").status(), "an order of another case");
        assertEquals(400, court.post("/api/v1/cases/" + c.caseId() + "/judicial-orders/" + orderId + "/breaches",
                "{}").status());
    }
}
