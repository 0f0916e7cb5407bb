package es.viogen.app.risk;

import es.viogen.app.support.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Risk assessment's REST API against the running WAR: instruments, scopes, refusals as problem+json. */
class RiskApiIT {

    private static final String COURT = "juzgado-valladolid";

    @Test
    void aPartnerWithAssessmentsReadListsTheInstrumentVersions() {
        Api.Reply r = Api.demo().as(COURT, "viogen-demo").get("/api/v1/instruments");
        assertEquals(200, r.status(), r.body());
        JsonArray list = r.jsonValue().asJsonArray();
        for (String code : new String[]{"VPR", "VPER-I", "VPER-P"}) {
            assertTrue(list.stream().map(v -> v.asJsonObject()).anyMatch(o -> o.getString("code").equals(code)
                    && o.getBoolean("current")), code + " is there and current: " + r.body());
        }
        JsonObject vpr = list.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals("VPR")
                && o.getString("version").equals("5.0-VG1")).findFirst().orElseThrow();
        assertEquals("VPR", vpr.getString("kind"));
        assertEquals("/api/v1/instruments/VPR/5.0-VG1", vpr.getString("href"));
    }

    @Test
    void anInstrumentVersionIsItsFullDefinition() {
        Api.Reply r = Api.demo().as(COURT, "viogen-demo").get("/api/v1/instruments/VPR/5.0-VG1");
        assertEquals(200, r.status(), r.body());
        JsonObject def = r.json();
        assertEquals(5, def.getJsonArray("factors").size());
        int indicators = def.getJsonArray("factors").stream()
                .mapToInt(f -> f.asJsonObject().getJsonArray("indicators").size()).sum();
        assertEquals(36, indicators);
        assertEquals("Historia de violencia", def.getJsonArray("factors").getJsonObject(0).getJsonObject("name").getString("es"));
        assertTrue(def.getJsonObject("notice").getString("es").contains("ILUSTRATIVOS"));
        assertEquals(5, def.getJsonArray("cutPoints").size());
        assertTrue(def.getJsonArray("redFlags").size() >= 3);
        assertEquals(8, def.getJsonObject("hScale").getInt("threshold"));
    }

    @Test
    void anUnknownVersionIsA404Problem() {
        Api.Reply r = Api.demo().as(COURT, "viogen-demo").get("/api/v1/instruments/VPR/9.9");
        assertEquals(404, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    @Test
    void withoutATokenNothingIsReadable() {
        Api.Reply r = Api.demo().get("/api/v1/instruments");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals(401, Api.demo().get("/api/v1/cases/1/assessments").status());
    }

    @Test
    void theCourtMayNotSubmitAssessments() {
        Api.Reply r = Api.demo().as(COURT, "viogen-demo").post("/api/v1/cases/1/assessments",
                "{\"answers\": {\"I01\": \"SI\"}}");
        assertEquals(403, r.status(), "the court's token has no assessments:write: " + r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
    }

    @Test
    void theHistoryOfACaseNobodyHasIsRefused() {
        Api.Reply r = Api.demo().as(COURT, "viogen-demo").get("/api/v1/cases/987654321/assessments");
        // intake's case-access gate: an unknown case is 404
        assertEquals(404, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertTrue(r.body().contains("NOT_FOUND"), r.body());
    }

    @Test
    void aNewCaseHasNoAssessmentYet() throws Exception {
        java.util.Optional<Long> created = RiskCases.createInValladolid();
        org.junit.jupiter.api.Assertions.assertTrue(created.isPresent(),
                "intake's POST /api/v1/cases must create the case");
        Api.Reply r = Api.demo().as(COURT, "viogen-demo").get("/api/v1/cases/" + created.get() + "/assessments");
        assertEquals(200, r.status(), r.body());
        assertEquals(0, r.jsonValue().asJsonArray().size());
    }

    @Test
    void theVictimsReviewRequestIsRecordedOverRestAndMakesAVperDueNow() throws Exception {
        long caseId = RiskCases.createInValladolid().orElseThrow(() -> new AssertionError("intake creates the case"));
        Api court = Api.demo().as(COURT, "viogen-demo");
        String body = "{\"requestedOn\": \"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Madrid"))
                + "\", \"channel\": \"PHONE\", \"whatChanged\": \"Él ha vuelto a escribirle\"}";
        Api.Reply early = court.post("/api/v1/cases/" + caseId + "/review-requests", body);
        assertEquals(422, early.status(), "no VPR yet: " + early.body());
        assertTrue(early.body().contains("RISK_REVIEW_BEFORE_VPR"), early.body());

        Api assessor = Api.demo().as(DeEscalationBrowserIT.assessor(), "viogen-demo");
        String vpr = java.util.stream.IntStream.rangeClosed(1, 36).mapToObj(i -> String.format("\"I%02d\": \"NO\"", i))
                .collect(java.util.stream.Collectors.joining(", "));
        assertEquals(201, assessor.post("/api/v1/cases/" + caseId + "/assessments",
                "{\"answers\": {" + vpr + "}, \"victimPerceptionAsked\": true}").status());

        Api.Reply bad = court.post("/api/v1/cases/" + caseId + "/review-requests",
                "{\"requestedOn\": \"2999-01-01\", \"channel\": \"PIGEON\", \"whatChanged\": \"\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        for (String field : new String[]{"requestedOn", "channel", "whatChanged"}) {
            assertTrue(bad.body().contains("\"" + field + "\""), field + ": " + bad.body());
        }
        Api.Reply ok = court.post("/api/v1/cases/" + caseId + "/review-requests", body);
        assertEquals(201, ok.status(), ok.body());
        long id = ok.json().getJsonNumber("id").longValue();
        assertEquals(1, DeEscalationBrowserIT.count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? "
                + "AND status = 'PENDING' AND trigger_kind = 'VICTIM_REQUEST' AND trigger_ref = ? AND due_at <= now()",
                caseId, id), "a VPER is due now");
        // measures makes the plan's re-assessment due now (durable listener, after the commit) and raises one alert
        DeEscalationBrowserIT.awaitCount(1, "SELECT COUNT(*) FROM platform.alert WHERE type = 'VICTIM_REVIEW_REQUEST' "
                + "AND record_id = ?", String.valueOf(caseId));
        assertEquals(1, DeEscalationBrowserIT.count("SELECT COUNT(*) FROM measures.followed_case WHERE case_id = ? "
                + "AND reassessment_due <= now()", caseId), "the plan's re-assessment is due now");
        assertEquals(1, DeEscalationBrowserIT.count("SELECT COUNT(*) FROM risk.review_request WHERE id = ? "
                + "AND channel = 'PHONE'", id));
    }

    @Test
    void theMinistrysPartnerReadsTheModelMonitoringOfItsTerritoryAndEveryoneElseIsRefused() throws Exception {
        String ministry = es.viogen.app.intake.IntakeFixtures.partner("model-monitoring:read", "07", null);
        Api api = Api.demo().as(ministry, "viogen-demo");
        Api.Reply r = api.get("/api/v1/model-monitoring/VPR/5.0-VG2?window=90&outcome=ANY&from=2020-01-01&unitKind=NATIONAL_POLICE");
        assertEquals(200, r.status(), r.body());
        JsonObject o = r.json();
        assertEquals("VPR", o.getString("instrumentCode"));
        assertEquals(90, o.getInt("windowDays"));
        assertEquals(5, o.getJsonArray("calibration").size());
        assertEquals(4, o.getJsonArray("cutPoints").size());
        assertEquals(5, o.getJsonArray("levelDistribution").size());
        assertTrue(o.containsKey("overrides") && o.containsKey("unknownShares") && o.containsKey("trend"), r.body());
        assertTrue(o.getBoolean("small") || o.containsKey("auc"), "either small or an AUC: " + r.body());

        Api.Reply card = api.get("/api/v1/model-monitoring/VPR/5.0-VG2/model-card");
        assertEquals(200, card.status(), card.body());
        assertTrue(card.json().getString("weightsOrigin").contains("ilustrativos"), card.body());
        assertEquals(5, card.json().getJsonArray("limits").size());
        assertTrue(card.json().getString("outcomeModel").contains("0,060") || card.json().getString("outcomeModel").contains("0.060"),
                card.body());

        Api.Reply bad = api.get("/api/v1/model-monitoring/VPR/5.0-VG2?window=45&from=ayer&province=Valladolid");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        assertTrue(bad.body().contains("\"from\""), bad.body());
        Api.Reply bad2 = api.get("/api/v1/model-monitoring/VPR/5.0-VG2?window=45&province=Valladolid");
        assertEquals(400, bad2.status(), bad2.body());
        assertTrue(bad2.body().contains("\"window\"") && bad2.body().contains("\"province\""), bad2.body());
        assertEquals(404, api.get("/api/v1/model-monitoring/VPR/9.9").status());

        Api.Reply court = Api.demo().as(COURT, "viogen-demo").get("/api/v1/model-monitoring/VPR/5.0-VG2");
        assertEquals(403, court.status(), "the court has no model-monitoring:read: " + court.body());
        assertTrue(court.contentType().startsWith("application/problem+json"));
        assertEquals(401, Api.demo().get("/api/v1/model-monitoring/VPR/5.0-VG2").status());
    }
}
