package es.viogen.app.intake;

import es.viogen.app.support.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static es.viogen.app.intake.IntakeFixtures.caseJson;
import static es.viogen.app.intake.IntakeFixtures.dni;
import static es.viogen.app.intake.IntakeFixtures.queryLong;
import static es.viogen.app.intake.IntakeFixtures.unique;
import static es.viogen.app.intake.IntakeFixtures.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cases REST API over HTTP against the running WAR, including its refusals. */
class CaseApiIT {

    static String yesterday() {
        return Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    Api court() {
        return Api.demo().as("juzgado-valladolid", "viogen-demo");
    }

    static List<String> fields(Api.Reply r) {
        JsonArray errors = r.json().getJsonArray("errors");
        return errors == null ? List.of() : errors.stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    @Test
    void aPartnerRegistersACaseAndReadsItBackWithoutTheProtectedAddress() throws Exception {
        String atestado = unique("AT-API");
        String victimDni = dni();
        Api api = court();
        Api.Reply created = api.post("/api/v1/cases", caseJson(atestado, yesterday(), "47186", victimDni, "Ana", dni(),
                unitId("UFAM-VA")));
        assertEquals(201, created.status(), created.body());
        String location = created.header("Location");
        assertNotNull(location);
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(location.endsWith("/api/v1/cases/" + id), location);
        assertTrue(created.json().getString("caseNumber").matches("VG-\\d{4}-\\d{6}"));

        Api.Reply read = api.get("/api/v1/cases/" + id);
        assertEquals(200, read.status(), read.body());
        JsonObject c = read.json();
        assertEquals("ACTIVE", c.getString("status"));
        assertEquals(victimDni, c.getJsonObject("victim").getString("documentNumber"));
        assertTrue(c.getJsonObject("victim").getBoolean("addressProtected"));
        assertFalse(c.getJsonObject("victim").containsKey("address"), "partners never receive a protected address");
        assertFalse(read.body().contains("Secreta"));
        assertEquals(1, c.getJsonArray("minors").size());

        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", atestado));
        assertTrue(queryLong("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'READ' AND record_type = 'Case' "
                + "AND record_id = ?", String.valueOf(id)) >= 1, "the read is audited");
    }

    @Test
    void anInvalidDniLetterIs400WithTheFieldAndNothingIsWritten() throws Exception {
        String atestado = unique("AT-BAD");
        Api.Reply r = court().post("/api/v1/cases", caseJson(atestado, yesterday(), "47186",
                IntakeFixtures.wrongLetter(dni()), "Ana", dni(), unitId("UFAM-VA")));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals(List.of("victim.identity.documentNumber"), fields(r));
        assertEquals(0, queryLong("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", atestado));
    }

    @Test
    void missingFieldsFutureDatesAndBadMunicipalitiesAreNamed() throws Exception {
        String atestado = unique("AT-BAD");
        String future = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Api.Reply r = court().post("/api/v1/cases", caseJson(atestado, future, "4718X", dni(), "", dni(),
                unitId("UFAM-VA")));
        assertEquals(400, r.status(), r.body());
        List<String> f = fields(r);
        assertTrue(f.contains("complaint.filedAt"), f.toString());
        assertTrue(f.contains("complaint.municipalityCode"), f.toString());
        assertTrue(f.contains("victim.identity.firstName"), f.toString());
        assertEquals(0, queryLong("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", atestado));

        Api.Reply noUnit = court().post("/api/v1/cases", caseJson(unique("AT-BAD"), yesterday(), "47186", dni(), "Ana",
                dni(), null));
        assertEquals(400, noUnit.status());
        assertEquals(List.of("responsibleUnitId"), fields(noUnit), "a partner must name the responsible unit");
    }

    @Test
    void withoutATokenIs401AndWithoutTheScopeIs403() throws Exception {
        Api.Reply anonymous = Api.demo().post("/api/v1/cases", caseJson(unique("AT"), yesterday(), "47186", dni(), "Ana",
                dni(), unitId("UFAM-VA")));
        assertEquals(401, anonymous.status());
        assertEquals(401, Api.demo().get("/api/v1/cases/1").status());

        String readOnly = IntakeFixtures.partner("cases:read", "07", "47");
        String atestado = unique("AT-SCOPE");
        Api.Reply r = Api.demo().as(readOnly, "viogen-demo").post("/api/v1/cases", caseJson(atestado, yesterday(),
                "47186", dni(), "Ana", dni(), unitId("UFAM-VA")));
        assertEquals(403, r.status(), r.body());
        assertEquals("FORBIDDEN", r.json().getString("code"));
        assertEquals(0, queryLong("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", atestado));
    }

    @Test
    void aPartnerOfLeonCannotReadAValladolidCaseAndTheAttemptIsAudited() throws Exception {
        Api.Reply created = court().post("/api/v1/cases", caseJson(unique("AT-VA"), yesterday(), "47186", dni(), "Ana",
                dni(), unitId("UFAM-VA")));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        String leon = IntakeFixtures.partner("cases:read cases:write incidents:write", "07", "24");
        Api leonApi = Api.demo().as(leon, "viogen-demo");
        Api.Reply r = leonApi.get("/api/v1/cases/" + id);
        assertEquals(403, r.status(), r.body());
        assertFalse(r.body().contains("VG-"), "nothing of the case leaks");
        assertEquals(1, countDenied(leon, id));

        assertEquals(403, leonApi.post("/api/v1/cases/" + id + "/incidents", incident("THREAT")).status());
        // and it cannot open a case for a unit outside its territory either
        assertEquals(403, Api.demo().as(leon, "viogen-demo").post("/api/v1/cases", caseJson(unique("AT"), yesterday(),
                "47186", dni(), "Ana", dni(), unitId("UFAM-VA"))).status());
        assertEquals(404, court().get("/api/v1/cases/999999999").status());
    }

    static long countDenied(String actor, long caseId) throws Exception {
        try (var c = es.viogen.app.support.TestEnvironment.get().connect(); var ps = c.prepareStatement(
                "SELECT COUNT(*) FROM platform.audit_log WHERE action = 'ACCESS_DENIED' AND actor = ? "
                        + "AND record_type = 'Case' AND record_id = ?")) {
            ps.setString(1, actor);
            ps.setString(2, String.valueOf(caseId));
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String incident(String type) {
        return """
                {"type":"%s","occurredAt":"%s","place":"Calle Mayor","description":"Llamadas amenazantes","source":"víctima"}
                """.formatted(type, yesterday());
    }

    @Test
    void incidentsAreRecordedWithTheReassessmentRuleAndDuplicatesAreFoundByDocument() throws Exception {
        String victimDni = dni();
        Api api = court();
        Api.Reply created = api.post("/api/v1/cases", caseJson(unique("AT-INC"), yesterday(), "47186", victimDni, "Ana",
                dni(), unitId("UFAM-VA")));
        long id = created.json().getJsonNumber("id").longValue();

        Api.Reply threat = api.post("/api/v1/cases/" + id + "/incidents", incident("THREAT"));
        assertEquals(201, threat.status(), threat.body());
        assertTrue(threat.json().getBoolean("requiresReassessment"));
        assertTrue(threat.header("Location").contains("/cases/" + id + "/incidents/"));
        Api.Reply other = api.post("/api/v1/cases/" + id + "/incidents", incident("OTHER"));
        assertEquals(201, other.status());
        assertFalse(other.json().getBoolean("requiresReassessment"));

        Api.Reply bad = api.post("/api/v1/cases/" + id + "/incidents", "{\"type\":\"THREAT\"}");
        assertEquals(400, bad.status());
        assertTrue(fields(bad).containsAll(List.of("occurredAt", "description", "source")), fields(bad).toString());

        Api.Reply dup = api.get("/api/v1/cases?document=" + victimDni.toLowerCase());
        assertEquals(200, dup.status(), dup.body());
        JsonArray matches = dup.json().getJsonArray("matches");
        assertTrue(matches.stream().anyMatch(m -> m.asJsonObject().getJsonNumber("caseId").longValue() == id
                && m.asJsonObject().getString("role").equals("VICTIM")), dup.body());
        assertEquals(400, api.get("/api/v1/cases?document=").status());
    }

    @Test
    void inactivationRefusalsNameTheUnmetCondition() throws Exception {
        Api api = court();
        long id = api.post("/api/v1/cases", caseJson(unique("AT-INA"), yesterday(), "47186", dni(), "Ana", dni(),
                unitId("UFAM-VA"))).json().getJsonNumber("id").longValue();
        Api.Reply r = api.post("/api/v1/cases/" + id + "/inactivation", "{\"supervised\":false}");
        assertEquals(422, r.status(), r.body());
        assertEquals("NO_ASSESSMENT", r.json().getString("code"));
        assertTrue(r.json().getString("detail").contains("valoración"), r.body());
    }

    @Test
    void aPartnerRequestsATransferTheReceivingUnitIsAlertedAndOnlyItsOfficersDecide() throws Exception {
        Api api = court();
        long va = unitId("UFAM-VA");
        long leon = unitId("UFAM-LE");
        long id = api.post("/api/v1/cases", caseJson(unique("AT-TR"), yesterday(), "47186", dni(), "Ana", dni(), va))
                .json().getJsonNumber("id").longValue();
        Api.Reply req = api.post("/api/v1/cases/" + id + "/transfers",
                "{\"toUnitId\":" + leon + ",\"newMunicipalityCode\":\"24089\",\"reason\":\"La víctima se traslada a León\"}");
        assertEquals(201, req.status(), req.body());
        long tid = req.json().getJsonNumber("id").longValue();
        assertEquals(409, api.post("/api/v1/cases/" + id + "/transfers",
                "{\"toUnitId\":" + leon + ",\"reason\":\"otra vez\"}").status(), "one pending transfer at a time");
        assertEquals(1, queryLong("SELECT count(*) FROM platform.alert WHERE dedup_key = ?",
                "TRANSFER_REQUESTED:transfer:" + tid + ":unit:" + leon), "the receiving unit is told, once");
        assertEquals(1, queryLong("SELECT count(*) FROM platform.alert WHERE type = 'TRANSFER_REQUESTED' AND record_id = ?",
                String.valueOf(id)), "and nobody else");
        // a partner may request a transfer, never accept or reject it for the police unit (issue 12, item 10)
        assertEquals(403, api.post("/api/v1/cases/" + id + "/transfers/" + tid + "/accept", "{}").status());
        assertEquals(403, api.post("/api/v1/cases/" + id + "/transfers/" + tid + "/reject", "{\"note\":\"no\"}").status());
        assertEquals(va, queryLong("SELECT unit_id FROM intake.case_file WHERE id = ?", id), "not moved");
        JsonArray history = api.get("/api/v1/cases/" + id).json().getJsonArray("transfers");
        assertEquals("PENDING", history.getJsonObject(0).getString("status"));
    }

    @Test
    void aLocalPoliceWhoseTownIsNotIntegratedCannotBeGivenACaseByIntakeOrByTransfer() throws Exception {
        Api api = court();
        // the local police of a town whose adhesion is pending (Pedrajas de San Esteban, 47112; not Íscar, which
        // another test of this server may integrate): it exists as a unit but has no mandate
        String code = "PL-47112-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        try (var c = es.viogen.app.support.TestEnvironment.get().connect(); var ps = c.prepareStatement(
                "INSERT INTO platform.unit (code, name, kind, region_code, province_code, municipality_code) "
                        + "VALUES (?, 'Policía Local de Pedrajas de San Esteban', 'LOCAL_POLICE', '07', '47', '47112')")) {
            ps.setString(1, code);
            ps.executeUpdate();
        }
        long iscar = unitId(code);
        Api.Reply intake = api.post("/api/v1/cases", caseJson(unique("AT-PL"), yesterday(), "47112", dni(), "Ana", dni(), iscar));
        assertEquals(400, intake.status(), intake.body());
        assertEquals(List.of("responsibleUnitId"), fields(intake));
        assertTrue(intake.body().contains("no está integrado"), intake.body());
        long id = api.post("/api/v1/cases", caseJson(unique("AT-PL"), yesterday(), "47186", dni(), "Ana", dni(),
                unitId("UFAM-VA"))).json().getJsonNumber("id").longValue();
        Api.Reply transfer = api.post("/api/v1/cases/" + id + "/transfers",
                "{\"toUnitId\":" + iscar + ",\"newMunicipalityCode\":\"47112\",\"reason\":\"Se traslada a Pedrajas\"}");
        assertEquals(400, transfer.status(), transfer.body());
        assertEquals(List.of("toUnitId"), fields(transfer));
        assertEquals(0, queryLong("SELECT count(*) FROM intake.transfer WHERE case_id = ?", id));
    }

    /**
     * Medina del Campo's local police (integrated in the demo, agreement up to medio) owns a case; a VPR with an
     * attempted strangulation gives alto: in the very transaction that records the level, the case passes to the state
     * police unit of the province (UFAM Valladolid), with alerts to both units and the regional unit.
     */
    @Test
    void aLocalPoliceCaseRaisedAboveItsAgreementIsOwnedByTheStateUnitInTheSameTransaction() throws Exception {
        String client = IntakeFixtures.partner("cases:read cases:write assessments:read assessments:write", "07", "47");
        Api api = Api.demo().as(client, "viogen-demo");
        long medina = unitId("PL-47085");
        long va = unitId("UFAM-VA");
        long regional = unitId("UCVM-CYL");
        Api.Reply created = api.post("/api/v1/cases", caseJson(unique("AT-PL"), yesterday(), "47085", dni(), "Ana", dni(), medina));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(medina, queryLong("SELECT unit_id FROM intake.case_file WHERE id = ?", id));

        StringBuilder answers = new StringBuilder("{\"answers\":{");
        for (int i = 1; i <= 36; i++) {
            answers.append(i > 1 ? "," : "").append(String.format("\"I%02d\":\"%s\"", i, i == 36 ? "SI" : "NO"));
        }
        answers.append("},\"victimPerceptionAsked\":true,\"victimPerceivedLevel\":\"BAJO\"}");
        Api.Reply assessed = api.post("/api/v1/cases/" + id + "/assessments", answers.toString());
        assertEquals(201, assessed.status(), assessed.body());
        assertEquals("ALTO", assessed.json().getString("level"), assessed.body());
        long assessmentId = assessed.json().getJsonNumber("id").longValue();

        assertEquals(va, queryLong("SELECT unit_id FROM intake.case_file WHERE id = ?", id), "owned by the state police");
        assertEquals(1, queryLong("SELECT count(*) FROM intake.transfer WHERE case_id = ? AND status = 'ACCEPTED' "
                + "AND requested_by = 'system' AND decision_note = 'LEVEL_ABOVE_MANDATE'", id));
        // one transaction: the assessment, the case's new level and owner, and the transfer carry the same xid
        long assessmentXid = queryLong("SELECT xmin::text::bigint FROM risk.assessment WHERE id = ?", assessmentId);
        assertEquals(assessmentXid, queryLong("SELECT xmin::text::bigint FROM intake.case_file WHERE id = ?", id));
        assertEquals(assessmentXid, queryLong("SELECT xmin::text::bigint FROM intake.transfer WHERE case_id = ?", id));
        for (long unit : new long[]{medina, va, regional}) {
            assertEquals(1, queryLong("SELECT count(*) FROM platform.alert WHERE type = 'CASE_HANDED_OVER' AND record_id = '"
                    + id + "' AND unit_id = ?", unit), "hand-over alert for unit " + unit);
        }
        assertEquals(va, queryLong("SELECT unit_id FROM measures.followed_case WHERE case_id = ?", id), "the plan follows");
        assertEquals(0, queryLong("SELECT count(*) FROM risk.assessment WHERE case_id = ? AND status = 'PENDING' AND unit_id <> "
                + va, id), "what the case still owes is owed by the state unit");
    }

    @Test
    void aSecondComplaintForTheSamePairAttachesToTheFirstCaseAndReactivatesItWithANewVpr() throws Exception {
        Api api = court();
        String victim = dni();
        String aggressor = dni();
        long va = unitId("UFAM-VA");
        Api.Reply first = api.post("/api/v1/cases", caseJson(unique("AT-P1"), yesterday(), "47186", victim, "Ana", aggressor, va));
        assertEquals(201, first.status(), first.body());
        long id = first.json().getJsonNumber("id").longValue();
        assertFalse(first.json().getBoolean("attached"));

        Api.Reply second = api.post("/api/v1/cases", caseJson(unique("AT-P2"), yesterday(), "47186", victim, "Ana", aggressor, va));
        assertEquals(200, second.status(), second.body());
        assertTrue(second.json().getBoolean("attached"));
        assertEquals(id, second.json().getJsonNumber("id").longValue(), "the same case");
        assertTrue(second.header("Location").endsWith("/api/v1/cases/" + id));
        assertEquals(1, queryLong("SELECT count(*) FROM intake.victim WHERE document_number = ?", victim), "no second case");
        assertEquals(2, queryLong("SELECT count(*) FROM intake.complaint WHERE case_id = ?", id));
        // item 6: the pending VPR is a deadline of the scheduler, 24 h after the opening
        assertEquals(1, queryLong("SELECT count(*) FROM measures.followed_case WHERE case_id = ? AND reassessment_reason = 'VPR' "
                + "AND reassessment_due = date_trunc('second', opened_at) + interval '24 hours' AND next_check_at IS NOT NULL", id));

        // an inactive case is reactivated by the new complaint and owes a new VPR
        try (var c = es.viogen.app.support.TestEnvironment.get().connect(); var ps = c.prepareStatement(
                "UPDATE intake.case_file SET status = 'INACTIVE', inactivated_at = now() WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        Api.Reply third = api.post("/api/v1/cases", caseJson(unique("AT-P3"), yesterday(), "47186", victim, "Ana", aggressor, va));
        assertEquals(200, third.status(), third.body());
        assertEquals(3, queryLong("SELECT count(*) FROM intake.complaint WHERE case_id = ?", id));
        assertEquals(1, queryLong("SELECT count(*) FROM intake.case_file WHERE id = ? AND status = 'ACTIVE' "
                + "AND reactivated_at IS NOT NULL", id));
        assertEquals(1, queryLong("SELECT count(*) FROM risk.assessment WHERE case_id = ? AND kind = 'VPR' "
                + "AND status = 'PENDING' AND trigger_kind = 'REACTIVATED'", id), "a new VPR is owed");
        assertEquals(1, queryLong("SELECT count(*) FROM measures.followed_case WHERE case_id = ? AND status = 'ACTIVE' "
                + "AND reassessment_reason = 'VPR' AND reassessment_due <= now() + interval '24 hours'", id), "and it is a deadline");
    }

    /** Item 6: an incomplete assessment owes a follow-up within 3 days, and that is the case's next deadline. */
    @Test
    void theFollowUpThatAnIncompleteAssessmentOwesIsTheNextDeadline() throws Exception {
        String client = IntakeFixtures.partner("cases:read cases:write assessments:read assessments:write", "07", "47");
        Api api = Api.demo().as(client, "viogen-demo");
        long id = api.post("/api/v1/cases", caseJson(unique("AT-FU"), yesterday(), "47186", dni(), "Ana", dni(),
                unitId("UFAM-VA"))).json().getJsonNumber("id").longValue();
        StringBuilder answers = new StringBuilder("{\"answers\":{");
        for (int i = 1; i <= 36; i++) {
            answers.append(i > 1 ? "," : "").append(String.format("\"I%02d\":\"%s\"", i, i % 2 == 0 ? "NO_SE_SABE" : "NO"));
        }
        answers.append("},\"victimPerceptionAsked\":false}");
        Api.Reply r = api.post("/api/v1/cases/" + id + "/assessments", answers.toString());
        assertEquals(201, r.status(), r.body());
        assertEquals(1, queryLong("SELECT count(*) FROM risk.assessment WHERE case_id = ? AND status = 'PENDING' "
                + "AND trigger_kind = 'FOLLOW_UP'", id), "a follow-up is owed");
        assertEquals(1, queryLong("SELECT count(*) FROM measures.followed_case f WHERE case_id = ? AND reassessment_reason = "
                + "'FOLLOW_UP' AND reassessment_due <= now() + interval '3 days' AND reassessment_due > now() + interval '2 days'", id),
                "the scheduler holds it as the case's deadline");
    }

    @Test
    void ofTwoConcurrentCancelsOneWinsTheOtherIsA409ProblemAndOnlyTheWinnerIsAudited() throws Exception {
        // Only officers of the receiving unit accept a transfer (not partners), so the race is run on what a partner
        // may do twice at once: withdraw its own request.
        Api api = court();
        long va = unitId("UFAM-VA");
        long leon = unitId("UFAM-LE");
        long id = api.post("/api/v1/cases", caseJson(unique("AT-RACE"), yesterday(), "47186", dni(), "Ana", dni(), va))
                .json().getJsonNumber("id").longValue();
        Api.Reply requested = api.post("/api/v1/cases/" + id + "/transfers",
                "{\"toUnitId\":" + leon + ",\"reason\":\"Traslado disputado\"}");
        assertEquals(201, requested.status(), requested.body());
        long tid = requested.json().getJsonNumber("id").longValue();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
        // hold the transfer's row lock: both cancels read the pending transfer, then queue behind the lock with their
        // UPDATE; the second to get it finds the version changed under it (optimistic lock at commit)
        try (var c = es.viogen.app.support.TestEnvironment.get().connect()) {
            c.setAutoCommit(false);
            try (var ps = c.prepareStatement("SELECT id FROM intake.transfer WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, tid);
                ps.executeQuery().close();
            }
            for (int i = 0; i < 2; i++) {
                replies.add(pool.submit(() -> court().post("/api/v1/cases/" + id + "/transfers/" + tid + "/cancel", "{}")));
            }
            long deadline = System.currentTimeMillis() + 20_000;
            while (waitingOnLock("%intake.transfer%") < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            c.commit();
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        Api.Reply loser = null;
        for (var f : replies) {
            Api.Reply r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            statuses.add(r.status());
            if (r.status() / 100 != 2) {
                loser = r;
            }
        }
        pool.shutdown();
        assertTrue(statuses.stream().anyMatch(s -> s / 100 == 2), statuses.toString());
        assertNotNull(loser, "one of two cancels must lose: " + statuses);
        assertEquals(409, loser.status(), loser.body());
        assertEquals("application/problem+json", loser.contentType().split(";")[0], loser.body());
        assertEquals(409, loser.json().getInt("status"));
        assertEquals(1, queryLong("SELECT COUNT(*) FROM platform.audit_log WHERE record_type = 'Transfer' AND record_id = ? "
                + "AND purpose = 'transfer cancelled for case " + id + "'", String.valueOf(tid)),
                "exactly one cancelled transfer, exactly one audit row saying so");
    }

    @Test
    void withTheDatabaseGoneEveryRestPathAnswers503ProblemWithRetryAfterNeverAPage() throws Exception {
        Api api = court();
        long va = unitId("UFAM-VA");
        long id = api.post("/api/v1/cases", caseJson(unique("AT-DOWN"), yesterday(), "47186", dni(), "Ana", dni(), va))
                .json().getJsonNumber("id").longValue();
        String admin = es.viogen.app.support.TestEnvironment.get().jdbcUrl().replace("/viogen", "/postgres");
        try (var c = java.sql.DriverManager.getConnection(admin, "postgres", "postgres"); var st = c.createStatement()) {
            st.execute("ALTER DATABASE viogen ALLOW_CONNECTIONS false");
            try {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'viogen'");
                for (Api.Reply r : List.of(api.get("/api/v1/cases/" + id),
                        api.post("/api/v1/cases", caseJson(unique("AT-DOWN"), yesterday(), "47186", dni(), "Ana", dni(),
                                va)),
                        api.post("/api/v1/cases", caseJson(unique("AT-DOWN"), yesterday(), "47186", dni(), "Ana", dni(),
                                va), java.util.Map.of("Idempotency-Key", unique("DOWN"))),
                        api.post("/api/v1/cases/" + id + "/incidents", "{}"))) {
                    assertEquals(503, r.status(), r.body());
                    assertEquals("application/problem+json", r.contentType().split(";")[0], r.body());
                    assertEquals("UNAVAILABLE", r.json().getString("code"), r.body());
                    assertNotNull(r.header("Retry-After"));
                }
            } finally {
                st.execute("ALTER DATABASE viogen ALLOW_CONNECTIONS true");
            }
        }
        // and back: the pool replaces its dead connections
        long deadline = System.currentTimeMillis() + 30_000;
        int status;
        do {
            status = api.get("/api/v1/cases/" + id).status();
        } while (status != 200 && System.currentTimeMillis() < deadline);
        assertEquals(200, status);
    }

    @Test
    void registrationsWhoseConnectionsDieMidRequestAreRetriedWithTheirKeysToExactlyOneCaseEach() throws Exception {
        Api api = court();
        long va = unitId("UFAM-VA");
        int writers = 8;
        int perWriter = 4;
        String run = unique("CRASH");
        java.util.Map<String, String> bodies = new java.util.concurrent.ConcurrentHashMap<>();
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < perWriter; i++) {
                String key = run + "-" + w + "-" + i;
                bodies.put(key, caseJson(key, yesterday(), "47186", dni(), "Ana", dni(), va));
            }
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers + 1);
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        // the database side of a crash: every connection of the application is cut, again and again, while the
        // registrations run (a request's transaction dies with its connection, wherever it was)
        var killer = pool.submit(() -> {
            int kills = 0;
            while (writing.get()) {
                try (var c = es.viogen.app.support.TestEnvironment.get().connect(); var st = c.createStatement()) {
                    st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'viogen' "
                            + "AND state <> 'idle'");
                    kills++;
                }
                Thread.sleep(40);
            }
            return kills;
        });
        List<java.util.concurrent.Future<List<String>>> firstReplies = new java.util.ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            firstReplies.add(pool.submit(() -> {
                List<String> statuses = new java.util.ArrayList<>();
                for (int i = 0; i < perWriter; i++) {
                    String key = run + "-" + writer + "-" + i;
                    statuses.add(String.valueOf(api.post("/api/v1/cases", bodies.get(key),
                            java.util.Map.of("Idempotency-Key", key)).status()));
                }
                return statuses;
            }));
        }
        List<String> first = new java.util.ArrayList<>();
        for (var f : firstReplies) {
            first.addAll(f.get(120, java.util.concurrent.TimeUnit.SECONDS));
        }
        writing.set(false);
        killer.get(30, java.util.concurrent.TimeUnit.SECONDS);
        pool.shutdown();
        // every key retried until it has its final answer: the first result, or a clean re-run; never 409 for ever
        for (int w = 0; w < writers; w++) {
            for (int i = 0; i < perWriter; i++) {
                String key = run + "-" + w + "-" + i;
                Api.Reply r = null;
                long deadline = System.currentTimeMillis() + 30_000;
                do {
                    if (r != null) {
                        Thread.sleep(200);
                    }
                    r = api.post("/api/v1/cases", bodies.get(key), java.util.Map.of("Idempotency-Key", key));
                } while (r.status() != 201 && System.currentTimeMillis() < deadline);
                assertEquals(201, r.status(), key + ": " + r.body());
                assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", key),
                        key + " must be stored exactly once (first answers: " + first + ")");
                assertEquals(queryLong("SELECT case_id FROM intake.complaint WHERE atestado_number = ?", key),
                        r.json().getJsonNumber("id").longValue(), "the retry names the stored case");
            }
        }
        // a retry of a stored key replays the first answer
        String someKey = run + "-0-0";
        Api.Reply replay = api.post("/api/v1/cases", bodies.get(someKey), java.util.Map.of("Idempotency-Key", someKey));
        assertEquals("true", replay.header("Idempotent-Replayed"));
        // and the audit chain, written by 8 writers whose connections kept dying, is sealed and verifies whole
        long deadline = System.currentTimeMillis() + 30_000;
        while (queryLong("SELECT COUNT(*) FROM platform.audit_log WHERE seal_seq IS NULL AND at < now() - CAST(? AS interval)",
                "1 second") > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        es.viogen.platform.control.AuditChain.Verifier verifier = new es.viogen.platform.control.AuditChain.Verifier();
        try (var c = es.viogen.app.support.TestEnvironment.get().connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT id, at, actor, actor_role, actor_unit, action, record_type, record_id, "
                     + "purpose, prev_hash, hash, row_hash FROM platform.audit_log WHERE seal_seq IS NOT NULL ORDER BY seal_seq")) {
            while (rs.next()) {
                long unitValue = rs.getLong(5);
                Long unit = rs.wasNull() ? null : unitValue;
                verifier.accept(new es.viogen.platform.control.AuditChain.Row(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), unit, rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)));
            }
        }
        assertTrue(verifier.firstBroken().isEmpty(), "audit chain broken at " + verifier.firstBroken());
        assertEquals(writers * perWriter, queryLong("SELECT COUNT(*) FROM platform.audit_log WHERE action = 'CREATE' "
                + "AND record_type = 'Case' AND record_id IN (SELECT case_id::text FROM intake.complaint "
                + "WHERE atestado_number LIKE ?)", run + "-%"), "one CREATE row per stored case, none for the lost tries");
    }

    @Test
    void aClaimLeftBehindByADeadRequestIsTakenOverOnceItsLeaseRanOut() throws Exception {
        Api api = court();
        long va = unitId("UFAM-VA");
        String key = unique("LEASE");
        String body = caseJson(key, yesterday(), "47186", dni(), "Ana", dni(), va);
        String hash = hash("POST /cases\n" + body);
        // what a request that died after claiming in a transaction of its own leaves (an old instance, a SOAP call)
        try (var c = es.viogen.app.support.TestEnvironment.get().connect(); var ps = c.prepareStatement(
                "INSERT INTO platform.idempotency_key (client, key, request_hash, state, lease_until) "
                        + "VALUES ('juzgado-valladolid', ?, ?, 'IN_PROGRESS', now() + interval '1 hour')")) {
            ps.setString(1, key);
            ps.setString(2, hash);
            ps.executeUpdate();
        }
        Api.Reply busy = api.post("/api/v1/cases", body, java.util.Map.of("Idempotency-Key", key));
        assertEquals(409, busy.status(), busy.body());
        assertEquals("IDEMPOTENCY_IN_PROGRESS", busy.json().getString("code"));
        try (var c = es.viogen.app.support.TestEnvironment.get().connect(); var ps = c.prepareStatement(
                "UPDATE platform.idempotency_key SET lease_until = now() - interval '1 second' WHERE key = ?")) {
            ps.setString(1, key);
            assertEquals(1, ps.executeUpdate());
        }
        Api.Reply taken = api.post("/api/v1/cases", body, java.util.Map.of("Idempotency-Key", key));
        assertEquals(201, taken.status(), taken.body());
        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", key));
        assertEquals("COMPLETED", queryString("SELECT state FROM platform.idempotency_key WHERE key = ?", key));
    }

    private static String hash(String s) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String queryString(String sql, String param) throws Exception {
        try (var c = es.viogen.app.support.TestEnvironment.get().connect(); var ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Sessions of the application waiting for a row lock on the case (the two accepts). */
    private static long waitingOnLock(String table) throws Exception {
        return queryLong("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                + "AND query ILIKE ? ", table);
    }

    static void assessed(long caseId, String level, boolean minorsAtRisk) throws Exception {
        try (var c = es.viogen.app.support.TestEnvironment.get().connect(); var ps = c.prepareStatement(
                "UPDATE intake.case_file SET current_level = ?, minors_at_risk = ?, level_assessed_at = now(), "
                        + "last_medium_or_above_at = CASE WHEN ? IN ('MEDIO','ALTO','EXTREMO') THEN now() END WHERE id = ?")) {
            ps.setString(1, level);
            ps.setBoolean(2, minorsAtRisk);
            ps.setString(3, level);
            ps.setLong(4, caseId);
            assertEquals(1, ps.executeUpdate());
        }
    }

    static String status(long id) throws Exception {
        try (var c = es.viogen.app.support.TestEnvironment.get().connect();
             var ps = c.prepareStatement("SELECT status FROM intake.case_file WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Item 10: "no judicial measure in force" is checked against the orders measures holds, not the officer's word. */
    @Test
    void aLowCaseWithAnOrderInForceIsNotInactivatedWhateverTheOfficerDeclares() throws Exception {
        Api api = court();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Madrid")).toString();
        long low = api.post("/api/v1/cases", caseJson(unique("AT-ORD"), yesterday(), "47186", dni(), "Ana", dni(),
                unitId("UFAM-VA"))).json().getJsonNumber("id").longValue();
        Api.Reply order = api.post("/api/v1/cases/" + low + "/judicial-orders", """
                {"type":"RESTRAINING_DISTANCE","court":"Juzgado VSM 1 Valladolid","procedureNumber":"OP 12/2026",
                 "startsOn":"%s","distanceMetres":500}""".formatted(java.time.LocalDate.now().minusDays(5)));
        assertEquals(201, order.status(), order.body());
        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.judicial_order_copy WHERE case_id = ?", low), "intake's copy");
        assessed(low, "BAJO", false); // a re-assessment after the order's incident
        Api.Reply refused = api.post("/api/v1/cases/" + low + "/inactivation",
                "{\"inPersonContactOn\":\"" + today + "\",\"judicialMeasureInForce\":false}");
        assertEquals(422, refused.status(), refused.body());
        assertEquals("JUDICIAL_MEASURE_IN_FORCE", refused.json().getString("code"), refused.body());
        assertEquals("ACTIVE", status(low));
    }

    @Test
    void aLowCaseIsInactivatedWithContactAndAMinorsAtRiskCaseOnlyUnderSupervisionThenAnIncidentReactivatesIt()
            throws Exception {
        Api api = court();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Madrid")).toString();
        long low = api.post("/api/v1/cases", caseJson(unique("AT-LOW"), yesterday(), "47186", dni(), "Ana", dni(),
                unitId("UFAM-VA"))).json().getJsonNumber("id").longValue();
        assessed(low, "BAJO", false);
        Api.Reply measure = api.post("/api/v1/cases/" + low + "/inactivation",
                "{\"inPersonContactOn\":\"" + today + "\",\"judicialMeasureInForce\":true}");
        assertEquals(422, measure.status(), measure.body());
        assertEquals("JUDICIAL_MEASURE_IN_FORCE", measure.json().getString("code"));
        assertTrue(measure.json().getString("detail").contains("medida judicial"), measure.body());
        assertEquals(204, api.post("/api/v1/cases/" + low + "/inactivation",
                "{\"inPersonContactOn\":\"" + today + "\"}").status());
        assertEquals("INACTIVE", status(low));

        long minors = api.post("/api/v1/cases", caseJson(unique("AT-MIN"), yesterday(), "47186", dni(), "Ana", dni(),
                unitId("UFAM-VA"))).json().getJsonNumber("id").longValue();
        assessed(minors, "BAJO", true);
        Api.Reply plain = api.post("/api/v1/cases/" + minors + "/inactivation", "{\"inPersonContactOn\":\"" + today + "\"}");
        assertEquals(422, plain.status(), plain.body());
        assertEquals("SUPERVISION_REQUIRED", plain.json().getString("code"));
        assertTrue(plain.json().getString("detail").contains("menores en situación de riesgo"), plain.body());
        assertEquals(204, api.post("/api/v1/cases/" + minors + "/inactivation",
                "{\"supervised\":true,\"inPersonContactOn\":\"" + today + "\"}").status());
        assertEquals("SUPERVISED", status(minors));
        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.case_file WHERE id = ? AND supervised_until = "
                + "(now() AT TIME ZONE 'Europe/Madrid')::date + interval '6 months'", minors), "at least 6 months");

        assertEquals(201, api.post("/api/v1/cases/" + minors + "/incidents", incident("NEW_AGGRESSION")).status());
        assertEquals("ACTIVE", status(minors), "a new incident reactivates the case");
        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.incident WHERE case_id = ? AND reactivated_case", minors));
    }
}
