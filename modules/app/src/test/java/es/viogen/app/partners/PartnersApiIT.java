package es.viogen.app.partners;

import com.sun.net.httpserver.HttpServer;
import es.viogen.app.support.Api;
import es.viogen.app.support.TestEnvironment;
import es.viogen.partners.control.Signatures;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static es.viogen.app.partners.PartnerFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The partners' REST interface over HTTP against the running WAR. Tests marked "needs intake/municipal" create cases
 * through intake's {@code POST /api/v1/cases} and pass once those modules are merged.
 */
class PartnersApiIT {

    // ---- authentication and scopes (partners module alone)

    @Test
    void withoutTokenEveryPartnerOperationIs401() {
        Api anonymous = Api.demo();
        assertEquals(401, anonymous.get("/api/v1/partner/cases/1/status").status());
        assertEquals(401, anonymous.get("/api/v1/partner/coverage").status());
        assertEquals(401, anonymous.get("/api/v1/partner/subscriptions").status());
        Api.Reply r = anonymous.post("/api/v1/partner/prison-events", prisonEventJson(1, "PRISON_PERMIT"), keyed(key()));
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals(401, anonymous.withToken("not-a-token").get("/api/v1/partner/cases/1/status").status());
    }

    @Test
    void partnersWithoutTheScopeAre403() {
        Api court = as(COURT);
        String key = key();
        Api.Reply r = court.post("/api/v1/partner/prison-events", prisonEventJson(1, "PRISON_RELEASE"), keyed(key));
        assertEquals(403, r.status());
        assertEquals("FORBIDDEN", r.json().getString("code"));
        assertEquals(403, court.get("/api/v1/partner/subscriptions").status());
        assertEquals(403, as(PRISON).get("/api/v1/partner/coverage").status());
        assertEquals(403, as(SUPPORT_LEON).get("/api/v1/partner/subscriptions").status());
    }

    /** Needs intake and measures. */
    @Test
    void prisonEventTypesNeedTheirScopeOnTheIncidentPathAndForeignUnitsAre403() throws Exception {
        long caseId = createCase();
        String permit = """
                {"type":"PRISON_PERMIT","occurredAt":"2026-11-20T09:00:00Z","place":"CP Villanubla",
                 "description":"Permiso de salida","source":"juzgado"}
                """;
        Api.Reply r = as(COURT).post("/api/v1/cases/" + caseId + "/incidents", permit, keyed(key()));
        assertEquals(403, r.status(), r.body());
        assertEquals("FORBIDDEN", r.json().getString("code"));
        assertEquals(0, count("SELECT count(*) FROM intake.incident WHERE case_id = ? AND type = 'PRISON_PERMIT'", caseId));
        assertTrue(count("SELECT count(*) FROM platform.audit_log WHERE actor = ? AND action = 'ACCESS_DENIED' "
                + "AND record_id = ?", COURT, String.valueOf(caseId)) >= 1, "the refusal is audited");
        // the court's own unit answers; a unit outside its territory is 403 as documented, not 200 []
        assertEquals(200, as(COURT).get("/api/v1/units/" + unitId("UFAM-VA") + "/due").status());
        Api.Reply foreign = as(COURT).get("/api/v1/units/" + unitId("UFAM-LE") + "/due");
        assertEquals(403, foreign.status(), foreign.body());
        assertEquals(404, as(COURT).get("/api/v1/units/987654321/due").status());
    }

    @Test
    void aSubmissionWithoutIdempotencyKeyIsRefused() {
        Api.Reply r = as(PRISON).post("/api/v1/partner/prison-events", prisonEventJson(1, "PRISON_PERMIT"));
        assertEquals(400, r.status());
        assertEquals("IDEMPOTENCY_KEY_REQUIRED", r.json().getString("code"));
        Api.Reply bad = as(PRISON).post("/api/v1/partner/prison-events", prisonEventJson(1, "PRISON_PERMIT"),
                keyed("no spaces allowed"));
        assertEquals(400, bad.status());
        assertEquals("IDEMPOTENCY_KEY_INVALID", bad.json().getString("code"));
    }

    // ---- idempotency (partners module alone: subscriptions are the partners module's own submission)

    @Test
    void theSameSubmissionTwiceWithOneKeyCreatesOneRecord() throws Exception {
        Api prison = as(PRISON);
        String callback = "http://127.0.0.1:9/hook-" + key();
        String body = "{\"eventTypes\":[\"LEVEL_CHANGED\",\"CASE_TRANSFERRED\"],\"callbackUrl\":\"" + callback + "\"}";
        String key = key();
        Api.Reply first = prison.post("/api/v1/partner/subscriptions", body, keyed(key));
        assertEquals(201, first.status(), first.body());
        Api.Reply retry = prison.post("/api/v1/partner/subscriptions", body, keyed(key));
        assertEquals(201, retry.status());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.json().getJsonNumber("id").longValue(), retry.json().getJsonNumber("id").longValue());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(1, count("SELECT count(*) FROM partners.subscription WHERE callback_url = ?", callback));

        // same key, different content: refused, still one record
        Api.Reply reused = prison.post("/api/v1/partner/subscriptions", body.replace("CASE_TRANSFERRED", "CASE_INACTIVATED"),
                keyed(key));
        assertEquals(422, reused.status());
        assertEquals("IDEMPOTENCY_KEY_REUSED", reused.json().getString("code"));
        assertEquals(1, count("SELECT count(*) FROM partners.subscription WHERE callback_url = ?", callback));
        // a new key is a new submission
        assertEquals(201, prison.post("/api/v1/partner/subscriptions", body, keyed(key())).status());
        assertEquals(2, count("SELECT count(*) FROM partners.subscription WHERE callback_url = ?", callback));
        // listing never shows the signing secret again
        assertFalse(prison.get("/api/v1/partner/subscriptions").body().contains(first.json().getString("signingSecret")));
    }

    @Test
    void theSigningSecretIsShownOnceAndNeverStoredInClearNorReplayed() throws Exception {
        Api prison = as(PRISON);
        String callback = "http://127.0.0.1:9/once-" + key();
        String body = "{\"eventTypes\":[\"LEVEL_CHANGED\"],\"callbackUrl\":\"" + callback + "\"}";
        String key = key();
        Api.Reply first = prison.post("/api/v1/partner/subscriptions", body, keyed(key));
        assertEquals(201, first.status(), first.body());
        String secret = first.json().getString("signingSecret");
        assertTrue(secret.length() >= 40);
        assertFalse(first.json().getBoolean("signingSecretWithheld"));
        Api.Reply replay = prison.post("/api/v1/partner/subscriptions", body, keyed(key));
        assertEquals(201, replay.status());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.json().getJsonNumber("id").longValue(), replay.json().getJsonNumber("id").longValue());
        assertFalse(replay.body().contains(secret), "the replay does not give the secret again");
        assertTrue(replay.json().getBoolean("signingSecretWithheld"));
        assertTrue(replay.json().getString("notice").contains("secreto"), replay.body());
        assertEquals(0, count("SELECT count(*) FROM platform.idempotency_key WHERE response_body LIKE ?", "%" + secret + "%"),
                "the stored replay never holds the secret");
        assertEquals(0, count("SELECT count(*) FROM partners.subscription WHERE signing_secret_sealed LIKE ?", "%" + secret + "%"),
                "the secret is sealed at rest");
        assertEquals(1, count("SELECT count(*) FROM partners.subscription WHERE callback_url = ? "
                + "AND signing_secret_sealed LIKE 'v1:%'", callback));
    }

    @Test
    void callbacksToPrivateLinkLocalMetadataOrUnlistedHostsAreRefused() throws Exception {
        Api prison = as(PRISON);
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "https://169.254.169.254/",
                "https://10.0.0.8/hook", "https://192.168.1.10/hook", "https://172.16.0.1/hook", "https://[fe80::1]/hook",
                "https://[::ffff:169.254.169.254]/hook", "https://[fd00:ec2::254]/", "https://0.0.0.0/hook",
                "https://metadata.google.internal/", "https://juzgado.example/viogen", "http://juzgado.example/viogen",
                "https://100.64.0.1/", "ftp://127.0.0.1/x", "https://user:pw@127.0.0.1/x", "http://127.0.0.1.nip.io/x")) {
            String body = "{\"eventTypes\":[\"LEVEL_CHANGED\"],\"callbackUrl\":\"" + url + "\"}";
            Api.Reply r = prison.post("/api/v1/partner/subscriptions", body, keyed(key()));
            assertEquals(400, r.status(), url + " -> " + r.body());
            assertEquals(0, count("SELECT count(*) FROM partners.subscription WHERE callback_url = ?", url), url);
        }
        // loopback is what the demo configuration allows (http only for loopback)
        assertEquals(201, prison.post("/api/v1/partner/subscriptions",
                "{\"eventTypes\":[\"LEVEL_CHANGED\"],\"callbackUrl\":\"http://localhost:9/ok-" + key() + "\"}",
                keyed(key())).status());
    }

    @Test
    void cancellingASubscriptionCancelsItsPendingDeliveriesAndARebindingCallbackIsNotCalled() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", ex -> {
            received.add(ex.getRequestURI().getPath());
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        try {
            String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
            Api prison = as(PRISON);
            long cancelled = prison.post("/api/v1/partner/subscriptions",
                    "{\"eventTypes\":[\"LEVEL_CHANGED\"],\"callbackUrl\":\"" + base + "/cancelled\"}", keyed(key()))
                    .json().getJsonNumber("id").longValue();
            String eventKey = "LEVEL_CHANGED:assessment:test-" + key();
            insertDelivery(cancelled, eventKey, "{}", "now() + interval '1 hour'");
            assertEquals(204, prison.delete("/api/v1/partner/subscriptions/" + cancelled).status());
            assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE subscription_id = ? AND status = 'CANCELLED' "
                    + "AND cancelled_at IS NOT NULL", cancelled));
            // even if it became due, a cancelled delivery is never sent
            execute("UPDATE partners.delivery SET next_attempt_at = now() WHERE subscription_id = ?", cancelled);

            // a callback that now points elsewhere (as a rebinding DNS name would) is checked again before sending
            long rebinding = prison.post("/api/v1/partner/subscriptions",
                    "{\"eventTypes\":[\"LEVEL_CHANGED\"],\"callbackUrl\":\"" + base + "/rebinding\"}", keyed(key()))
                    .json().getJsonNumber("id").longValue();
            execute("UPDATE partners.subscription SET callback_url = 'http://169.254.169.254:"
                    + receiver.getAddress().getPort() + "/latest/meta-data/' WHERE id = ?", rebinding);
            String rebindKey = "LEVEL_CHANGED:assessment:test-" + key();
            insertDelivery(rebinding, rebindKey, "{}", "now()");
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline
                    && count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND attempts > 0", rebindKey) < 1) {
                Thread.sleep(500);
            }
            assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND status = 'PENDING' "
                    + "AND attempts = 1 AND last_error LIKE 'callback refused%'", rebindKey));
            Thread.sleep(6_000);
            assertEquals(List.of(), received, "nothing reached the receiver");
            assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE subscription_id = ? AND status = 'CANCELLED' "
                    + "AND attempts = 0", cancelled));
        } finally {
            receiver.stop(0);
        }
    }

    // ---- hostile input (partners module alone)

    @Test
    void aTenMegabyteBodyIsRefusedWith413AndNothingIsWritten() throws Exception {
        String marker = "http://127.0.0.1:9/big-" + key();
        StringBuilder big = new StringBuilder("{\"eventTypes\":[\"LEVEL_CHANGED\"],\"callbackUrl\":\"" + marker + "\",\"pad\":\"");
        big.append("x".repeat(10 * 1024 * 1024)).append("\"}");
        String key = key();
        Api prison = as(PRISON);
        Api.Reply r = prison.post("/api/v1/partner/subscriptions", big.toString(), keyed(key));
        assertEquals(413, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertEquals("PAYLOAD_TOO_LARGE", r.json().getString("code"));
        assertEquals(0, count("SELECT count(*) FROM partners.subscription WHERE callback_url = ?", marker));
        assertEquals(0, count("SELECT count(*) FROM platform.idempotency_key WHERE key = ?", key));
    }

    @Test
    void malformedJsonIs400WithoutInternalsAndNothingIsWritten() throws Exception {
        String key = key();
        Api.Reply r = as(PRISON).post("/api/v1/partner/subscriptions", "{\"eventTypes\":[\"LEVEL_CHANGED\"", keyed(key));
        assertEquals(400, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        assertFalse(r.body().contains("Exception"), r.body());
        assertFalse(r.body().contains("es.viogen"), r.body());
        assertFalse(r.body().contains("at "), r.body());
        assertEquals(0, count("SELECT count(*) FROM platform.idempotency_key WHERE key = ?", key));
        Api.Reply invalid = as(PRISON).post("/api/v1/partner/subscriptions",
                "{\"eventTypes\":[\"NOPE\"],\"callbackUrl\":\"ftp://x\"}", keyed(key()));
        assertEquals(400, invalid.status());
        assertEquals(2, invalid.json().getJsonArray("errors").size());
    }

    /**
     * The ten-byte body that used to spin a request thread at 100 % CPU forever (binder skipping an unknown property
     * of a malformed document): refused with 400 in well under two seconds, the key not left IN_PROGRESS, and the
     * same key then serves the genuine submission.
     */
    @Test
    void aMalformedBodyThatUsedToLoopForeverIsRefusedAtOnceAndTheKeyStaysUsable() throws Exception {
        Api court = as(COURT);
        for (String malformed : List.of("{\"a\":[1,2}", "{\"a\":{\"b\":1]", "{\"victim\":[{\"x\":[}]}",
                "[".repeat(1000) + "]".repeat(1000), "{\"a\":\"x\\u0000y\"}")) {
            String key = key();
            long started = System.nanoTime();
            Api.Reply r = court.post("/api/v1/cases", malformed, keyed(key));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(400, r.status(), malformed + " -> " + r.body());
            assertTrue(millis < 2000, malformed + " took " + millis + " ms");
            assertTrue(r.contentType().startsWith("application/problem+json"));
            assertEquals("MALFORMED", r.json().getString("code"));
            assertEquals(0, count("SELECT count(*) FROM platform.idempotency_key WHERE key = ?", key));
            Api.Reply genuine = court.post("/api/v1/cases", newCaseJson(unitId("UFAM-VA")), keyed(key));
            assertEquals(201, genuine.status(), genuine.body());
        }
        Api.Reply latin1 = court.send(court.request("/api/v1/cases")
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .header("Idempotency-Key", key())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, latin1.status(), latin1.body());
        // the server is idle and answers at once
        long started = System.nanoTime();
        assertEquals(200, Api.demo().get("/health/live").status());
        assertTrue((System.nanoTime() - started) / 1_000_000 < 2000);
    }

    // ---- outbound deliveries (partners module alone: the delivery row is written as the outbox writer would)

    @Test
    void deliveriesAreSignedSentAndLoggedAndFailuresAreRetried() throws Exception {
        List<String[]> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/ok", ex -> {
            received.add(new String[]{ex.getRequestHeaders().getFirst(Signatures.HEADER),
                    new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    ex.getRequestHeaders().getFirst("X-VioGen-Event-Id")});
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.createContext("/down", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        receiver.start();
        try {
            String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
            Api prison = as(PRISON);
            JsonObject ok = prison.post("/api/v1/partner/subscriptions",
                    "{\"eventTypes\":[\"LEVEL_CHANGED\"],\"callbackUrl\":\"" + base + "/ok\"}", keyed(key())).json();
            JsonObject down = prison.post("/api/v1/partner/subscriptions",
                    "{\"eventTypes\":[\"LEVEL_CHANGED\"],\"callbackUrl\":\"" + base + "/down\"}", keyed(key())).json();
            String eventKey = "LEVEL_CHANGED:assessment:test-" + key();
            String payload = "{\"eventId\":\"" + eventKey + "\",\"type\":\"LEVEL_CHANGED\",\"caseId\":1,\"data\":{\"level\":\"ALTO\"}}";
            insertDelivery(ok.getJsonNumber("id").longValue(), eventKey, payload);
            insertDelivery(down.getJsonNumber("id").longValue(), eventKey, payload);

            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && (received.isEmpty()
                    || count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND attempts > 0", eventKey) < 2)) {
                Thread.sleep(500);
            }
            assertEquals(1, received.size());
            String[] got = received.get(0);
            assertEquals(payload, got[1]);
            assertEquals(eventKey, got[2]);
            assertTrue(Signatures.verify(ok.getString("signingSecret"), got[0], got[1]), "HMAC signature verifies");
            assertFalse(Signatures.verify("wrong-secret", got[0], got[1]));
            assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND status = 'SENT' "
                    + "AND last_status_code = 204", eventKey));
            assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND status = 'PENDING' "
                    + "AND attempts = 1 AND last_status_code = 500 AND next_attempt_at > now() + interval '20 seconds'", eventKey));
        } finally {
            receiver.stop(0);
        }
    }

    private static void insertDelivery(long subscriptionId, String eventKey, String payload) throws Exception {
        insertDelivery(subscriptionId, eventKey, payload, "now()");
    }

    private static void insertDelivery(long subscriptionId, String eventKey, String payload, String due) throws Exception {
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO partners.delivery (subscription_id, partner_client, event_type, event_key, payload, status, "
                        + "next_attempt_at, created_at) VALUES (?, ?, 'LEVEL_CHANGED', ?, ?, 'PENDING', " + due + ", now())")) {
            ps.setLong(1, subscriptionId);
            ps.setString(2, PRISON);
            ps.setString(3, eventKey);
            ps.setString(4, payload);
            ps.executeUpdate();
        }
    }

    private static void execute(String sql, Object... params) throws Exception {
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    // ---- operations that need the other modules (intake, risk, municipal) merged

    /** Needs intake. */
    @Test
    void registeringAComplaintTwiceWithOneKeyCreatesOneCase() throws Exception {
        Api court = as(COURT);
        String body = newCaseJson(unitId("UFAM-VA"));
        String key = key();
        Api.Reply first = court.post("/api/v1/cases", body, keyed(key));
        assertEquals(201, first.status(), first.body());
        Api.Reply retry = court.post("/api/v1/cases", body, keyed(key));
        assertEquals(first.status(), retry.status());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.body(), retry.body());
        assertEquals(1, count("SELECT count(*) FROM platform.idempotency_key WHERE key = ? AND state = 'COMPLETED'", key));
    }

    /** Needs intake. */
    @Test
    void aPrisonEventBecomesAnIncidentAnAlertAndAVictimNotificationOnce() throws Exception {
        long caseId = createCase();
        Api prison = as(PRISON);
        String key = key();
        String body = prisonEventJson(caseId, "PRISON_PERMIT");
        Api.Reply r = prison.post("/api/v1/partner/prison-events", body, keyed(key));
        assertEquals(201, r.status(), r.body());
        long eventId = r.json().getJsonNumber("prisonEventId").longValue();
        assertTrue(r.json().getJsonNumber("incidentId").longValue() > 0);
        Api.Reply retry = prison.post("/api/v1/partner/prison-events", body, keyed(key));
        assertEquals(201, retry.status());
        assertEquals(eventId, retry.json().getJsonNumber("prisonEventId").longValue());
        assertEquals(1, count("SELECT count(*) FROM partners.prison_event WHERE case_id = ?", caseId));
        assertEquals(1, count("SELECT count(*) FROM partners.victim_notification WHERE case_id = ? AND channel = 'SMS' "
                + "AND message_text NOT LIKE '%Protegida%'", caseId));
        assertEquals(1, count("SELECT count(*) FROM platform.alert WHERE dedup_key = ?", "PRISON_EVENT:" + eventId));
        // one fact, one alert per recipient: the unit and the coordination unit hear of it once each (issue 12)
        assertEquals(1, count("SELECT count(*) FROM platform.alert WHERE record_id = ? AND unit_id = ?",
                String.valueOf(caseId), unitId("UFAM-VA")), "one alert for the responsible unit");
        assertEquals(1, count("SELECT count(*) FROM platform.alert WHERE record_id = ? AND unit_id = ?",
                String.valueOf(caseId), unitId("UCVM-CYL")), "one alert for the coordination unit");
    }

    /**
     * Issue 12: a breach of a measure is a crime. Reported over REST it becomes an incident and a new complaint on the
     * case, makes the re-assessment due now, raises one critical alert to the unit and one to the regional unit, and
     * is delivered once to a subscribed court (not to a subscribed prison administration).
     */
    @Test
    void aBreachIsAComplaintADueReassessmentACriticalAlertToTheRegionalUnitAndOneDeliveryToASubscribedCourt() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/court", ex -> {
            received.add(ex.getRequestHeaders().getFirst("X-VioGen-Event-Type") + " "
                    + new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receiver.start();
        try {
            String base = "http://127.0.0.1:" + receiver.getAddress().getPort();
            String court = subscribingCourt();
            Api courtApi = as(court);
            long courtSub = courtApi.post("/api/v1/partner/subscriptions", "{\"eventTypes\":[\"BREACH_REPORTED\"],"
                    + "\"callbackUrl\":\"" + base + "/court\"}", keyed(key())).json().getJsonNumber("id").longValue();
            long prisonSub = as(PRISON).post("/api/v1/partner/subscriptions", "{\"eventTypes\":[\"BREACH_REPORTED\"],"
                    + "\"callbackUrl\":\"" + base + "/prison\"}", keyed(key())).json().getJsonNumber("id").longValue();

            long caseId = createCase();
            long complaintsBefore = count("SELECT count(*) FROM intake.complaint WHERE case_id = ?", caseId);
            Api.Reply r = as(COURT).post("/api/v1/cases/" + caseId + "/incidents", """
                    {"type":"BREACH_OF_MEASURE","occurredAt":"2026-11-21T22:00:00Z","place":"Portal de la víctima",
                     "description":"El investigado se acercó a 50 m pese a la orden de alejamiento","source":"Pulsera Cometa"}
                    """, keyed(key()));
            assertEquals(201, r.status(), r.body());
            long incidentId = r.json().getJsonNumber("id").longValue();

            assertEquals(complaintsBefore + 1, count("SELECT count(*) FROM intake.complaint WHERE case_id = ?", caseId),
                    "the breach is a new complaint (atestado) on the case");
            assertEquals(1, count("SELECT count(*) FROM intake.incident WHERE id = ? AND type = 'BREACH_OF_MEASURE'", incidentId));
            assertEquals(1, count("SELECT count(*) FROM risk.assessment WHERE case_id = ? AND status = 'PENDING' "
                    + "AND kind = 'VPER_INCIDENT' AND trigger_ref = ? AND due_at <= now()", caseId, incidentId), "re-assessment due now");
            assertEquals(1, count("SELECT count(*) FROM risk.case_fact WHERE case_id = ? AND fact = 'BREACH'", caseId),
                    "a lasting fact: every later form carries it, and its red flag keeps at least medio");
            assertEquals(1, count("SELECT count(*) FROM measures.followed_case WHERE case_id = ? AND reassessment_due <= now()",
                    caseId), "the deadline is now");
            long unit = unitId("UFAM-VA");
            long regional = unitId("UCVM-CYL");
            assertEquals(1, count("SELECT count(*) FROM platform.alert WHERE record_id = ? AND unit_id = ? AND severity = 'CRITICAL' "
                    + "AND type = 'MEASURE_BREACH'", String.valueOf(caseId), regional), "critical alert to the regional unit");
            assertEquals(1, count("SELECT count(*) FROM platform.alert WHERE record_id = ? AND unit_id = ?",
                    String.valueOf(caseId), unit), "one alert, critical, to the unit (not a second 're-assess' one)");
            String eventKey = "BREACH_REPORTED:incident:" + incidentId;
            assertEquals(1, count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND subscription_id = ?",
                    eventKey, courtSub));
            assertEquals(0, count("SELECT count(*) FROM partners.delivery WHERE event_key = ? AND subscription_id = ?",
                    eventKey, prisonSub), "courts and prosecutors only");

            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && received.isEmpty()) {
                Thread.sleep(500);
            }
            Thread.sleep(1000);
            assertEquals(1, received.size(), "delivered once: " + received);
            assertTrue(received.get(0).startsWith("BREACH_REPORTED "), received.get(0));
            assertTrue(received.get(0).contains("\"incidentId\":" + incidentId), received.get(0));
            assertFalse(received.get(0).contains("Protegida"), "no personal data in the payload");
        } finally {
            receiver.stop(0);
        }
    }

    /** A court partner with the events:subscribe scope (the demo court has none), in the platform and the registry. */
    private static String subscribingCourt() throws Exception {
        String client = "court-" + key().substring(5, 13);
        try (Connection c = TestEnvironment.get().connect()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform.partner_client (client_id, organisation, "
                    + "kind, secret_hash, scopes, region_code, province_code) SELECT ?, 'Juzgado de prueba', 'COURT', "
                    + "secret_hash, 'cases:read events:subscribe', '07', '47' FROM platform.partner_client "
                    + "WHERE client_id = 'juzgado-valladolid'")) {
                ps.setString(1, client);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO partners.partner (client_id, organisation, kind, "
                    + "scopes, region_code, province_code, active) VALUES (?, 'Juzgado de prueba', 'COURT', "
                    + "'cases:read events:subscribe', '07', '47', true)")) {
                ps.setString(1, client);
                ps.executeUpdate();
            }
        }
        return client;
    }

    /** Needs intake (and risk for the explanation). */
    @Test
    void aCourtReadsTheCaseStatusAndTheReadIsAuditedWithThePartnerAsActor() throws Exception {
        long caseId = createCase();
        Api.Reply r = as(COURT).get("/api/v1/partner/cases/" + caseId + "/status");
        assertEquals(200, r.status(), r.body());
        assertEquals(caseId, r.json().getJsonNumber("caseId").longValue());
        assertEquals("ACTIVE", r.json().getString("status"));
        assertFalse(r.body().contains("Protegida"), "the protected address never leaves");
        assertTrue(count("SELECT count(*) FROM platform.audit_log WHERE actor = ? AND action = 'READ' AND record_id = ?",
                COURT, String.valueOf(caseId)) >= 1);
        // a partner of another province may not read it
        assertEquals(403, as(SUPPORT_LEON).get("/api/v1/partner/cases/" + caseId + "/status").status());
    }

    /** Needs municipal. */
    @Test
    void aSupportOfficeReadsCoverageOfItsProvinceOnly() throws Exception {
        Api.Reply r = as(SUPPORT_LEON).get("/api/v1/partner/coverage");
        assertEquals(200, r.status(), r.body());
        var rows = r.jsonValue().asJsonArray();
        assertFalse(rows.isEmpty());
        rows.forEach(v -> assertEquals("24", v.asJsonObject().getString("provinceCode")));
        assertEquals(403, as(SUPPORT_LEON).get("/api/v1/partner/coverage?region=01").status());
        assertTrue(count("SELECT count(*) FROM platform.audit_log WHERE actor = ? AND record_type = 'Coverage'",
                SUPPORT_LEON) >= 1);
    }

    private static long createCase() throws Exception {
        Api.Reply created = as(COURT).post("/api/v1/cases", newCaseJson(unitId("UFAM-VA")), keyed(key()));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

}
