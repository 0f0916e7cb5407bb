package es.viogen.app.platform;

import es.viogen.app.support.Api;
import es.viogen.app.support.TestEnvironment;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static es.viogen.app.intake.IntakeFixtures.caseJson;
import static es.viogen.app.intake.IntakeFixtures.dni;
import static es.viogen.app.intake.IntakeFixtures.unique;
import static es.viogen.app.intake.IntakeFixtures.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event publication registry under faults, over HTTP against the running WAR and its real PostgreSQL: a listener
 * that fails, the server killed (kill -9) between the publisher's commit and the listener, a failing partner outbox
 * that no longer rolls back a risk assessment, PostgreSQL crashed ({@code pg_ctl -m immediate}) under intake load (every
 * case then reachable by its Idempotency-Key), and the audit chain after 8 concurrent writers and a kill -9 of the
 * server in their middle.
 * Faults are injected in the database (triggers that refuse or stall a listener's insert), not by test hooks in the
 * application.
 */
class EventPublicationsIT {

    private static final String COURT = "juzgado-valladolid";

    static String yesterday() {
        return Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static long query(String sql, Object... params) throws Exception {
        try (Connection c = TestEnvironment.database().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    static String text(String sql, Object... params) throws Exception {
        try (Connection c = TestEnvironment.database().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void execute(String sql, Object... params) throws Exception {
        try (Connection c = TestEnvironment.database().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        }
    }

    static void awaitTrue(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
    }

    static BooleanSupplier sql(String countQuery, long expected, Object... params) {
        return () -> {
            try {
                return query(countQuery, params) == expected;
            } catch (Exception e) {
                return false;
            }
        };
    }

    /** A trigger on {@code table} that runs {@code body} (plpgsql) for rows matching {@code condition}. */
    static String plantFault(String table, String condition, String body) throws Exception {
        String name = "test_fault_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE FUNCTION public." + name + "() RETURNS trigger AS $$ BEGIN IF " + condition + " THEN " + body
                + " END IF; RETURN NEW; END; $$ LANGUAGE plpgsql");
        execute("CREATE TRIGGER " + name + " BEFORE INSERT ON " + table + " FOR EACH ROW EXECUTE FUNCTION public."
                + name + "()");
        return name;
    }

    static void removeFault(String table, String name) throws Exception {
        execute("DROP TRIGGER IF EXISTS " + name + " ON " + table);
        execute("DROP FUNCTION IF EXISTS public." + name + "()");
    }

    static long lastCaseId() throws Exception {
        return query("SELECT COALESCE(max(id), 0) FROM intake.case_file");
    }

    static Api.Reply registerCase(Api api) {
        return api.post("/api/v1/cases", caseJson(unique("AT-EVT"), yesterday(), "47186", dni(), "Ana", dni(),
                unitIdOf("UFAM-VA")), Map.of("Idempotency-Key", "evt-" + UUID.randomUUID()));
    }

    static long unitIdOf(String code) {
        try {
            return unitId(code);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static final String VPR_OWED = "SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND kind = 'VPR' AND status = 'PENDING'";
    static final String FOLLOWED = "SELECT COUNT(*) FROM measures.followed_case WHERE case_id = ?";
    static final String INCOMPLETE = "SELECT COUNT(*) FROM platform.event_publication WHERE payload->>'caseId' = ? "
            + "AND status <> 'COMPLETED'";

    @Test
    void aReactionWhoseListenerFailsHappensAfterTheRelaysRetry() throws Exception {
        Api court = Api.demo().as(COURT, "viogen-demo");
        String fault = plantFault("risk.assessment", "NEW.case_id > " + lastCaseId(), "RAISE EXCEPTION 'injected fault';");
        long caseId;
        try {
            Api.Reply created = registerCase(court);
            assertEquals(201, created.status(), "the intake commits whatever its listeners do: " + created.body());
            caseId = created.json().getJsonNumber("id").longValue();
        } finally {
            removeFault("risk.assessment", fault);
        }
        assertEquals(0, query(VPR_OWED, caseId), "the listener failed");
        assertEquals(1, query(FOLLOWED, caseId), "the other listeners of the same event are not affected");
        String pub = "SELECT %s FROM platform.event_publication WHERE listener_id = 'risk.vpr-owed-on-case-opened' "
                + "AND payload->>'caseId' = ?";
        assertEquals("PENDING", text(pub.formatted("status"), String.valueOf(caseId)));
        assertEquals("DATABASE", text(pub.formatted("last_error"), String.valueOf(caseId)));
        assertEquals(1, query(pub.formatted("attempts"), String.valueOf(caseId)));

        awaitTrue(Duration.ofSeconds(60), "the relay retries and the VPR is owed", sql(VPR_OWED, 1, caseId));
        awaitTrue(Duration.ofSeconds(10), "its publication is complete", sql(INCOMPLETE, 0, String.valueOf(caseId)));
        assertEquals(2, query(pub.formatted("attempts"), String.valueOf(caseId)));
        Thread.sleep(6000); // a later relay pass must not run it again
        assertEquals(1, query("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ?", caseId));
    }

    /**
     * The claim on a publication is its row lock, held by the listener's transaction: PostgreSQL must end that
     * transaction if its instance falls silent in it (a cut link), so that another instance can take it over; a
     * request's own transaction is not bounded that way.
     */
    @Test
    void aListenersTransactionIsEndedIfItsInstanceFallsSilentInItARequestsIsNot() throws Exception {
        Api court = Api.demo().as(COURT, "viogen-demo");
        String seen = "public.seen_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE TABLE " + seen + " (tbl text, case_id bigint, idle_limit text)");
        long after = lastCaseId();
        String record = "INSERT INTO " + seen + " VALUES (TG_TABLE_NAME, %s, "
                + "current_setting('idle_in_transaction_session_timeout'));";
        String inListener = plantFault("risk.assessment", "NEW.case_id > " + after, record.formatted("NEW.case_id"));
        String inRequest = plantFault("intake.case_file", "NEW.id > " + after, record.formatted("NEW.id"));
        long caseId;
        try {
            Api.Reply created = registerCase(court);
            assertEquals(201, created.status(), created.body());
            caseId = created.json().getJsonNumber("id").longValue();
        } finally {
            removeFault("risk.assessment", inListener);
            removeFault("intake.case_file", inRequest);
        }
        try {
            String limit = "SELECT idle_limit FROM " + seen + " WHERE tbl = ? AND case_id = ?";
            assertEquals("15s", text(limit, "assessment", caseId),
                    "the VPR reaction ran in a transaction PostgreSQL ends after 15 s of silence");
            String inTheRequest = text(limit, "case_file", caseId);
            assertTrue(inTheRequest != null && !inTheRequest.equals("15s"),
                    "the registration's own transaction is not bounded so: " + inTheRequest);
        } finally {
            execute("DROP TABLE " + seen);
        }
    }

    @Test
    void aFailingPartnerListenerNoLongerRollsBackARiskAssessment() throws Exception {
        String assessor = es.viogen.app.intake.IntakeFixtures.partner("cases:write assessments:write", "07", "47");
        Api api = Api.demo().as(assessor, "viogen-demo");
        Api.Reply created = registerCase(api);
        assertEquals(201, created.status(), created.body());
        long caseId = created.json().getJsonNumber("id").longValue();

        String subscriber = "it-" + UUID.randomUUID().toString().substring(0, 12);
        execute("INSERT INTO partners.partner (client_id, organisation, kind, scopes, region_code, province_code) "
                + "VALUES (?, 'Juzgado de pruebas', 'COURT', 'events:subscribe', '07', '47')", subscriber);
        execute("INSERT INTO partners.subscription (partner_client, event_types, callback_url, signing_secret_sealed, created_at) "
                + "VALUES (?, 'LEVEL_CHANGED', 'http://127.0.0.1:9/it', 'plain:secret', now())", subscriber);
        String fault = plantFault("partners.delivery", "NEW.partner_client = '" + subscriber + "'",
                "RAISE EXCEPTION 'injected outbox fault';");
        long assessmentId;
        try {
            String answers = IntStream.rangeClosed(1, 36).mapToObj(i -> String.format("\"I%02d\":\"%s\"", i,
                    i == 36 ? "SI" : "NO")).collect(Collectors.joining(","));
            Api.Reply assessed = api.post("/api/v1/cases/" + caseId + "/assessments",
                    "{\"answers\":{" + answers + "},\"victimPerceptionAsked\":true}");
            assertEquals(201, assessed.status(), "the outbox's fault does not roll back the assessment: " + assessed.body());
            assessmentId = assessed.json().getJsonNumber("id").longValue();
        } finally {
            removeFault("partners.delivery", fault);
        }
        assertEquals(1, query("SELECT COUNT(*) FROM risk.assessment WHERE id = ? AND status = 'SUBMITTED'", assessmentId));
        String key = "LEVEL_CHANGED:assessment:" + assessmentId;
        String outbox = "SELECT %s FROM platform.event_publication WHERE listener_id = 'partners.outbox-on-risk-assessed' "
                + "AND payload->>'assessmentId' = ?";
        assertEquals("PENDING", text(outbox.formatted("status"), String.valueOf(assessmentId)));
        assertEquals("DATABASE", text(outbox.formatted("last_error"), String.valueOf(assessmentId)));
        assertEquals("COMPLETED", text("SELECT status FROM platform.event_publication WHERE listener_id = "
                + "'measures.plan-on-risk-assessed' AND payload->>'assessmentId' = ?", String.valueOf(assessmentId)),
                "the plan followed the level");
        assertEquals(0, query("SELECT COUNT(*) FROM partners.delivery WHERE partner_client = ?", subscriber));

        awaitTrue(Duration.ofSeconds(60), "the relay writes the delivery", sql(
                "SELECT COUNT(*) FROM partners.delivery WHERE partner_client = ? AND event_key = ?", 1, subscriber, key));
        awaitTrue(Duration.ofSeconds(10), "and completes the publication", sql("SELECT COUNT(*) FROM "
                + "platform.event_publication WHERE listener_id = 'partners.outbox-on-risk-assessed' "
                + "AND payload->>'assessmentId' = ? AND status = 'COMPLETED'", 1, String.valueOf(assessmentId)));
    }

    @Test
    void reactionsHappenAfterTheServerIsKilledBetweenTheCommitAndTheListener() throws Exception {
        Api court = Api.demo().as(COURT, "viogen-demo");
        long before = lastCaseId();
        // risk's listener stalls inside its transaction: the intake has committed, the reaction has not
        String fault = plantFault("risk.assessment", "NEW.case_id > " + before, "PERFORM pg_sleep(120);");
        long caseId;
        try {
            CompletableFuture<Api.Reply> pending = CompletableFuture.supplyAsync(() -> registerCase(court));
            awaitTrue(Duration.ofSeconds(60), "the intake committed and risk's listener is running", () -> {
                try {
                    return query("SELECT COUNT(*) FROM intake.case_file WHERE id > ?", before) == 1
                            && query("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'") >= 1;
                } catch (Exception e) {
                    return false;
                }
            });
            caseId = query("SELECT id FROM intake.case_file WHERE id > ?", before);

            TestEnvironment.killPayara();
            pending.handle((r, e) -> null).get(30, TimeUnit.SECONDS);
            // the killed server's connections die with it (the stalled one would sleep on otherwise)
            execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'viogen'");
        } finally {
            removeFault("risk.assessment", fault);
        }
        assertEquals(0, query(VPR_OWED, caseId), "killed before risk's listener committed");
        assertEquals("PENDING", text("SELECT status FROM platform.event_publication WHERE listener_id = "
                + "'risk.vpr-owed-on-case-opened' AND payload->>'caseId' = ?", String.valueOf(caseId)));

        TestEnvironment.restartPayara();
        awaitTrue(Duration.ofSeconds(120), "after the restart the relay owes the VPR", sql(VPR_OWED, 1, caseId));
        awaitTrue(Duration.ofSeconds(60), "and every reaction of the case happened", sql(INCOMPLETE, 0,
                String.valueOf(caseId)));
        assertEquals(1, query(FOLLOWED, caseId));
        assertEquals(1, query("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ?", caseId), "exactly once");
    }

    @Test
    void everyCaseAnswered201HasItsVprAndFollowUpAfterPostgresqlCrashesUnderLoad() throws Exception {
        int clients = 4;
        long unit = unitIdOf("UFAM-VA");
        List<Api> apis = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            apis.add(Api.demo().as(COURT, "viogen-demo"));
        }
        Map<Long, String> createdByCase = new ConcurrentHashMap<>();
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> keysAnswered201 = new ConcurrentLinkedQueue<>();
        Map<String, String> bodyByKey = new ConcurrentHashMap<>();     // every key sent, whatever its answer
        Map<String, String> atestadoByKey = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        for (Api api : apis) {
            loops.add(CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    String key = "crash-" + UUID.randomUUID();
                    String atestado = unique("AT-CRASH");
                    String body = caseJson(atestado, yesterday(), "47186", dni(), "Ana", dni(), unit);
                    bodyByKey.put(key, body);
                    atestadoByKey.put(key, atestado);
                    String outcome;
                    try {
                        Api.Reply r = api.post("/api/v1/cases", body, Map.of("Idempotency-Key", key));
                        outcome = String.valueOf(r.status());
                        if (r.status() == 201) {
                            createdByCase.put(r.json().getJsonNumber("id").longValue(), key);
                            keysAnswered201.add(key);
                        }
                    } catch (RuntimeException e) {
                        outcome = "no answer";
                    }
                    answers.merge(outcome, 1, Integer::sum);
                }
            }, pool));
        }
        Thread.sleep(4000);
        Duration down = TestEnvironment.crashDatabaseAndRestart();
        Thread.sleep(8000);
        stop.set(true);
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        pool.shutdown();

        Set<Long> cases = createdByCase.keySet();
        assertTrue(cases.size() > 10, "the load made cases: " + answers);
        String ids = cases.stream().map(String::valueOf).collect(Collectors.joining(","));
        String missingVpr = "SELECT COUNT(*) FROM intake.case_file c WHERE c.id IN (" + ids + ") AND NOT EXISTS ("
                + "SELECT 1 FROM risk.assessment a WHERE a.case_id = c.id AND a.kind = 'VPR')";
        String missingFollowUp = "SELECT COUNT(*) FROM intake.case_file c WHERE c.id IN (" + ids + ") AND NOT EXISTS ("
                + "SELECT 1 FROM measures.followed_case f WHERE f.case_id = c.id)";
        long stored = query("SELECT COUNT(*) FROM intake.case_file WHERE id IN (" + ids + ")");
        long vprRightAfter = query(missingVpr);
        long followRightAfter = query(missingFollowUp);
        awaitTrue(Duration.ofSeconds(150), "the relay completes every reaction of the cases answered 201", () -> {
            try {
                return query("SELECT COUNT(*) FROM platform.event_publication WHERE status <> 'COMPLETED' "
                        + "AND CAST(payload->>'caseId' AS bigint) IN (" + ids + ")") == 0;
            } catch (Exception e) {
                return false;
            }
        });
        long vprMissing = query(missingVpr);
        long followMissing = query(missingFollowUp);
        System.out.printf("[EventPublicationsIT] PostgreSQL crashed (pg_ctl -m immediate) under %d intake clients, "
                        + "down %.1f s; answers %s; answered 201: %d, stored: %d; right after the load, missing VPR %d, "
                        + "missing follow-up %d; after the relay, missing VPR %d, missing follow-up %d%n",
                clients, down.toMillis() / 1000.0, new TreeMap<>(answers), cases.size(), stored, vprRightAfter,
                followRightAfter, vprMissing, followMissing);
        assertEquals(cases.size(), stored, "every case answered 201 is stored");
        assertEquals(0, vprMissing, "every case answered 201 owes its VPR");
        assertEquals(0, followMissing, "every case answered 201 is followed up");

        // every stored case is reachable by its Idempotency-Key: the partner re-sends each request it sent (whatever
        // it was answered, or if it was answered nothing) with the same key, and learns the one case stored for it
        Map<String, Long> storedByKey = new TreeMap<>();
        for (Map.Entry<String, String> e : atestadoByKey.entrySet()) {
            long id = query("SELECT case_id FROM intake.complaint WHERE atestado_number = ?", e.getValue());
            if (id > 0) {
                storedByKey.put(e.getKey(), id);
            }
        }
        Map<String, Integer> replayAnswers = new TreeMap<>();
        Api replayer = apis.get(0);
        for (Map.Entry<String, String> e : bodyByKey.entrySet()) {
            String key = e.getKey();
            Api.Reply r = replayUntilAnswered(replayer, key, e.getValue());
            replayAnswers.merge(r.status() + ("true".equals(r.header("Idempotent-Replayed")) ? " replayed" : " new"),
                    1, Integer::sum);
            assertEquals(201, r.status(), key + " gets its answer, never 409 for ever: " + r.body());
            long id = r.json().getJsonNumber("id").longValue();
            Long before = storedByKey.get(key);
            if (before != null) {
                assertEquals(before, id, key + ": the stored case, not another one");
                assertEquals("true", r.header("Idempotent-Replayed"), key + ": the stored answer");
            }
            String expected201 = createdByCase.entrySet().stream().filter(c -> c.getValue().equals(key))
                    .map(c -> String.valueOf(c.getKey())).findFirst().orElse(null);
            if (expected201 != null) {
                assertEquals(expected201, String.valueOf(id), key + ": the id it was answered first");
            }
            assertEquals(1, query("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?",
                    atestadoByKey.get(key)), key + ": exactly one case, never a second");
        }
        System.out.printf("[EventPublicationsIT] after the crash, %d keys sent, %d with a stored case; each re-sent "
                + "with its key: %s%n", bodyByKey.size(), storedByKey.size(), replayAnswers);
    }

    /** Sends a request again with its key until it is answered other than 409/5xx (a claim's lease is 30 s). */
    static Api.Reply replayUntilAnswered(Api api, String key, String body) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 75_000;
        Api.Reply r = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                r = api.post("/api/v1/cases", body, Map.of("Idempotency-Key", key));
                if (r.status() != 409 && r.status() < 500) {
                    return r;
                }
            } catch (RuntimeException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        if (r == null) {
            throw new AssertionError(key + ": no answer within 75 s");
        }
        return r;
    }

    @Test
    void theAuditChainVerifiesWholeAfterEightConcurrentWritersAndAKillMinus9InTheMiddle() throws Exception {
        int writers = 8;
        long unit = unitIdOf("UFAM-VA");
        long lastAuditBefore = query("SELECT COALESCE(max(id), 0) FROM platform.audit_log");
        Map<String, String> bodyByKey = new ConcurrentHashMap<>();
        Map<String, String> atestadoByKey = new ConcurrentHashMap<>();
        Map<String, Long> answered = new ConcurrentHashMap<>();
        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Api api = Api.demo().as(COURT, "viogen-demo");
            loops.add(CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    String key = "kill-audit-" + UUID.randomUUID();
                    String atestado = unique("AT-KILL");
                    String body = caseJson(atestado, yesterday(), "47186", dni(), "Ana", dni(), unit);
                    bodyByKey.put(key, body);
                    atestadoByKey.put(key, atestado);
                    String outcome;
                    try {
                        // each registration appends audit rows (the case's CREATE in its own transaction, reads)
                        Api.Reply r = api.post("/api/v1/cases", body, Map.of("Idempotency-Key", key));
                        outcome = String.valueOf(r.status());
                        if (r.status() == 201) {
                            long id = r.json().getJsonNumber("id").longValue();
                            answered.put(key, id);
                            api.get("/api/v1/cases/" + id);   // a read: audited in its own short transaction
                        }
                    } catch (RuntimeException e) {
                        outcome = "no answer";
                    }
                    outcomes.merge(outcome, 1, Integer::sum);
                    if (outcome.equals("no answer")) {
                        stop.set(true);   // the server is gone: this writer's partner waits, then retries below
                    }
                }
            }, pool));
        }
        awaitTrue(Duration.ofSeconds(90), "the writers stored cases", () -> answered.size() >= 3 * writers);
        TestEnvironment.killPayara();
        stop.set(true);
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
        pool.shutdown();
        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'viogen'");
        long unsealedAtKill = query("SELECT COUNT(*) FROM platform.audit_log WHERE id > ? AND seal_seq IS NULL",
                lastAuditBefore);
        TestEnvironment.restartPayara();

        // every request is sent again with its key: the first result, or a clean re-run; one case per key
        Api retry = Api.demo().as(COURT, "viogen-demo");
        Map<String, Integer> retried = new TreeMap<>();
        for (Map.Entry<String, String> e : bodyByKey.entrySet()) {
            Api.Reply r = replayUntilAnswered(retry, e.getKey(), e.getValue());
            assertEquals(201, r.status(), e.getKey() + ": " + r.body());
            retried.merge("true".equals(r.header("Idempotent-Replayed")) ? "first result" : "clean re-run", 1,
                    Integer::sum);
            long id = r.json().getJsonNumber("id").longValue();
            if (answered.containsKey(e.getKey())) {
                assertEquals(answered.get(e.getKey()), id, e.getKey() + ": the first result");
            }
            assertEquals(1, query("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?",
                    atestadoByKey.get(e.getKey())), e.getKey() + ": exactly one case");
        }

        // the sealer catches up, and the chain verifies whole: in the database and on the administrator's page
        awaitTrue(Duration.ofSeconds(60), "the sealer seals every row (but those of the last seconds)", sql(
                "SELECT COUNT(*) FROM platform.audit_log WHERE seal_seq IS NULL AND at < now() - interval '5 seconds'", 0));
        es.viogen.platform.control.AuditChain.Verifier verifier = new es.viogen.platform.control.AuditChain.Verifier();
        long previousSeq = 0;
        try (Connection c = TestEnvironment.database().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, at, actor, actor_role, actor_unit, action, record_type, "
                     + "record_id, purpose, prev_hash, hash, row_hash, seal_seq FROM platform.audit_log "
                     + "WHERE seal_seq IS NOT NULL ORDER BY seal_seq")) {
            while (rs.next()) {
                long unitValue = rs.getLong(5);
                Long actorUnit = rs.wasNull() ? null : unitValue;
                verifier.accept(new es.viogen.platform.control.AuditChain.Row(rs.getLong(1),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), actorUnit, rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12)));
                assertEquals(previousSeq + 1, rs.getLong(13), "the chain has no gap");
                previousSeq = rs.getLong(13);
            }
        }
        assertTrue(verifier.firstBroken().isEmpty(), "audit chain broken at " + verifier.firstBroken());
        long written = query("SELECT COUNT(*) FROM platform.audit_log WHERE id > ?", lastAuditBefore);
        assertEquals(bodyByKey.size(), query("SELECT COUNT(*) FROM platform.audit_log WHERE id > ? AND action = "
                + "'CREATE' AND record_type = 'Case' AND record_id IN (SELECT case_id::text FROM intake.complaint "
                + "WHERE atestado_number LIKE 'AT-KILL-%')", lastAuditBefore),
                "one CREATE row per stored case, none for a registration the kill rolled back");
        try (es.viogen.app.support.Browser browser = new es.viogen.app.support.Browser()) {
            browser.login("admin", "viogen-demo");
            browser.open("/audit/log.xhtml");
            browser.find(org.openqa.selenium.By.id("audit:verify")).click();
            browser.waitForText(org.openqa.selenium.By.id("audit:verification-result"), "íntegra");
        }
        System.out.printf("[EventPublicationsIT] audit under %d writers and kill -9: answers before the kill %s, "
                        + "%d rows unsealed at the kill; after the restart %s; %d audit rows written, chain of %d "
                        + "rows verified whole%n", writers, new TreeMap<>(outcomes), unsealedAtKill, retried, written,
                verifier.checked());
    }
}
