package es.viogen.app.cluster;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import es.viogen.app.support.DockerImage;
import es.viogen.app.support.PartnerTls;
import es.viogen.app.support.TestNetwork;
import es.viogen.launcher.EmbeddedDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two instances clustered through Payara's data grid on one PostgreSQL, each in a network namespace of its own
 * (test hosts app1 and app2 on a bridge; PostgreSQL and a partner's callback stand-in on the bridge's address),
 * started exactly as {@code docker/Dockerfile} and {@code docker/compose.yaml} say (ENTRYPOINT, ENV, the
 * {@code x-app} environment, HEALTHCHECK), data grid members found over TCP/IP by their compose service names.
 *
 * <p>While partner clients register complaints and risk assessments on both instances (events published, outbound
 * deliveries queued and relayed to an https stand-in partner whose self-signed certificate the instances trust through
 * a trust store, its host and address allowed by the callback policy as an operator would configure them), app2 is
 * stopped cleanly and started again; then, while the follow-up scheduler's pass is raising thousands of due alerts on
 * both, app2's link is cut (its veth on the bridge down) for {@code two-instances.cut-seconds} and restored; then, in
 * the next pass, app1 is killed (kill -9). Afterwards:
 * <ul>
 *   <li>every due alert was raised exactly once;</li>
 *   <li>the registry holds, for every acknowledged registration and assessment, one completed publication per
 *       listener of its event (the listeners as the registry shows them, not a number written here), none twice, and
 *       each reaction's effect is there once (pending VPR and follow-up record of a case; follow-up update and
 *       outbound delivery of an assessment);</li>
 *   <li>every outbound delivery reached the partner; a delivery received twice carries the same event id (the
 *       partner drops the repeat), and none is repeated outside a fault's window (the clean stop repeats
 *       nothing);</li>
 *   <li>the officer logged in on app1 goes on, on app2, with her session (login and chosen language) and the
 *       server-side view state of the page she had open on app1.</li>
 * </ul>
 * The run's counts are printed as lines starting with {@code [two-instances]}.
 */
class TwoInstancesIT {

    private static final long STARTED = System.nanoTime();
    /** Every line the test prints starts with this and the seconds since the test class was loaded. */
    private static final Object TAG = new Object() {
        @Override
        public String toString() {
            return String.format("[two-instances] +%.0f s ", (System.nanoTime() - STARTED) / 1e9);
        }
    };
    private static final Path TARGET = Path.of(System.getProperty("viogen.target", "target")).toAbsolutePath();
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");
    /** Overdue re-assessments the scheduler finds at once, per fault (two alerts each: overdue, escalated). */
    private static final int DUE_CASES = Integer.getInteger("two-instances.due-cases", 3000);
    private static final int CLIENTS = 3;
    /**
     * How long app2's link stays cut: longer than the claims of a silent instance last (a listener's transaction
     * 15 s, a delivery lease 20 s), so app1 takes them over during the cut.
     */
    private static final int CUT_SECONDS = Integer.getInteger("two-instances.cut-seconds", 25);
    /** The follow-up pass's period on both instances (an operator's setting; a minute by default). */
    private static final int PASS_SECONDS = 15;
    /** The partner's callback host name, as the test hosts resolve it (the bridge's address). */
    private static final String PARTNER_HOST = "juzgado-callback.test";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final Map<String, List<Instant>> receivedAt = new ConcurrentHashMap<>();

    @Test
    void twoClusteredInstancesOneKilledMidPassNothingLostNothingTwiceSessionKept() throws Exception {
        Path repository = TARGET.getParent().getParent().getParent();
        DockerImage image = DockerImage.read(repository);
        String payaraVersion = System.getProperty("payara.version");
        if (payaraVersion != null) {
            assertEquals("payara/micro:" + payaraVersion + "-jdk17", image.from(),
                    "the image's Payara Micro is the version the build tests with");
        }
        Path microJar = Path.of(System.getProperty("payara.microJar", TARGET.resolve("payara-micro.jar").toString()));
        Path work = TARGET.resolve("two-instances");
        Files.createDirectories(work);

        List<AutoCloseable> cleanup = new ArrayList<>();
        try {
            TestNetwork net = TestNetwork.create(2);
            cleanup.add(0, net);
            TestNetwork.Host h1 = net.host(0);
            TestNetwork.Host h2 = net.host(1);
            net.names(Map.of("db", net.gateway(), "app1", h1.address(), "app2", h2.address(),
                    PARTNER_HOST, net.gateway()));

            EmbeddedDatabase db = EmbeddedDatabase.ephemeral("viogen",
                    Map.of("listen_addresses", "127.0.0.1," + net.gateway()));
            cleanup.add(0, db);
            db.trustClientsFrom(net.cidr());
            Map<String, String> compose = image.composeEnvironment();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                // compose's PostgreSQL user is the server's superuser (POSTGRES_USER of the postgres image)
                st.execute("CREATE ROLE \"" + compose.get("VIOGEN_DB_USER") + "\" LOGIN SUPERUSER PASSWORD '"
                        + compose.get("VIOGEN_DB_PASSWORD").replace("'", "''") + "'");
            }

            // ---- the partner's callback stand-in: https with a certificate of its own (made here), as a real
            // partner's would be; the instances trust it through a trust store, as an operator would configure them
            PartnerTls tls = PartnerTls.create(work.resolve("tls"), PARTNER_HOST);
            HttpsServer partner = HttpsServer.create(new InetSocketAddress(net.gateway(), 0), 50);
            partner.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
            partner.setExecutor(Executors.newFixedThreadPool(4));
            partner.createContext("/hook", exchange -> {
                String id = exchange.getRequestHeaders().getFirst("X-VioGen-Event-Id");
                exchange.getRequestBody().readAllBytes();
                if (id != null) {
                    received.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    receivedAt.computeIfAbsent(id, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(Instant.now());
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            partner.start();
            cleanup.add(0, () -> partner.stop(0));
            String callback = "https://" + PARTNER_HOST + ":" + partner.getAddress().getPort() + "/hook";

            // ---- both instances, as compose starts them
            Map<String, Map<String, String>> env = new HashMap<>();
            Map<String, Map<String, String>> outside = new HashMap<>();
            Map<String, Path> roots = new HashMap<>();
            for (String name : List.of("app1", "app2")) {
                Path root = work.resolve(name);
                roots.put(name, root);
                Map<String, String> imageEnv = image.layOut(root, microJar);
                Map<String, String> overrides = new LinkedHashMap<>();
                // outside Docker: the database's port is the throw-away server's, temporary files stay in target/
                overrides.put("VIOGEN_DB_URL", compose.get("VIOGEN_DB_URL").replace(":5432/", ":" + db.port() + "/"));
                overrides.put("JVM_ARGS", imageEnv.get("JVM_ARGS") + " -Djava.io.tmpdir=" + root.resolve("tmp")
                        + tls.trustStoreOptions());
                // the operator's callback policy for this network: the partner's host and its (private) address only;
                // the production rules stand (https, every resolved address checked before each delivery)
                overrides.put("VIOGEN_PARTNERS_CALLBACK_ALLOWED_HOSTS", PARTNER_HOST);
                overrides.put("VIOGEN_PARTNERS_CALLBACK_ALLOWED_NETWORKS", net.gateway() + "/32");
                // the follow-up pass every 15 s instead of every minute, so the faults wait less for the next pass
                overrides.put("VIOGEN_FOLLOWUP_PASS_SECONDS", Integer.toString(PASS_SECONDS));
                Files.createDirectories(root.resolve("tmp"));
                env.put(name, imageEnv);
                outside.put(name, overrides);
            }
            System.out.println(TAG + "ENTRYPOINT " + image.entrypoint() + " with " + compose);
            Map<String, DockerImage.Container> running = new ConcurrentHashMap<>();
            cleanup.add(0, () -> {
                for (DockerImage.Container c : running.values()) {
                    c.stop(Duration.ofSeconds(30));
                }
            });
            running.put("app1", image.start("app1", h1, roots.get("app1"), env.get("app1"), outside.get("app1"),
                    work.resolve("app1.log")));
            running.put("app2", image.start("app2", h2, roots.get("app2"), env.get("app2"), outside.get("app2"),
                    work.resolve("app2.log")));
            for (String name : List.of("app1", "app2")) {
                Duration ready = running.get(name).awaitReady(Duration.ofMinutes(10));
                System.out.printf(TAG + "%s ready at %s in %.1f s%n", name, running.get(name).baseUrl(),
                        ready.toMillis() / 1000.0);
            }
            assertEquals(0, image.runHealthcheck(h1), "the Dockerfile's HEALTHCHECK passes on app1");
            assertEquals(0, image.runHealthcheck(h2), "the Dockerfile's HEALTHCHECK passes on app2");
            awaitCluster(work.resolve("app1.log"), work.resolve("app2.log"));
            String app1 = running.get("app1").baseUrl();
            String app2 = running.get("app2").baseUrl();

            // ---- a partner that registers complaints and assessments, and one subscribed to level changes
            String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
            String client = "it-cluster-" + run;
            long unitVa;
            try (Connection c = db.connect()) {
                unitVa = queryLong(c, "SELECT id FROM platform.unit WHERE code = 'UFAM-VA'");
                execute(c, "INSERT INTO platform.partner_client (client_id, organisation, kind, secret_hash, scopes, "
                        + "region_code, province_code) SELECT ?, 'Policía de pruebas', 'COURT', secret_hash, "
                        + "'cases:read cases:write assessments:read assessments:write', '07', '47' "
                        + "FROM platform.partner_client WHERE client_id = 'juzgado-valladolid'", client);
                String subscriber = "it-hook-" + run;
                execute(c, "INSERT INTO partners.partner (client_id, organisation, kind, scopes, region_code, "
                        + "province_code) VALUES (?, 'Juzgado de pruebas', 'COURT', 'events:subscribe', '07', '47')",
                        subscriber);
                execute(c, "INSERT INTO partners.subscription (partner_client, event_types, callback_url, "
                        + "signing_secret_sealed, created_at) VALUES (?, 'LEVEL_CHANGED', ?, 'plain:secret', now())",
                        subscriber, callback);
            }
            String token = token(app1, client);
            List<String> indicators = indicators(app1, token);

            // ---- an officer logs in on app1 and switches to English
            Session officer = login(app1, "policia.valladolid");
            HttpResponse<String> switched = officer.post(app1, "/home.xhtml", Map.of("topbar", "topbar",
                    "topbar:lang-en", "topbar:lang-en", "jakarta.faces.ViewState", officer.viewState));
            assertEquals(302, switched.statusCode(), "language switch: " + switched.body());
            HttpResponse<String> homeOn1 = officer.get(app1, "/home.xhtml");
            assertEquals(200, homeOn1.statusCode());
            assertTrue(homeOn1.body().contains("Log out"), "English on app1");
            String viewStateFromApp1 = viewState(homeOn1.body());

            // ---- load on both instances
            Load load = new Load(List.of(app1, app2), client, token, indicators, unitVa, "AT-CL-" + run);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            cleanup.add(0, clients::shutdownNow);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(load);
            }
            sleepUntil(() -> load.assessed.size() >= 10, Duration.ofSeconds(60));

            // ---- app2 stops cleanly mid-load (deliveries being relayed), and starts again
            Instant cleanStop = Instant.now();
            load.dead.add(app2);   // as a load balancer's health check would: no new requests to a stopping instance
            assertTrue(running.get("app2").stop(Duration.ofSeconds(60)), "app2 stops within 60 s of SIGTERM");
            System.out.printf(TAG + "app2 stopped cleanly in %.1f s%n",
                    Duration.between(cleanStop, Instant.now()).toMillis() / 1000.0);
            running.put("app2", image.start("app2", h2, roots.get("app2"), env.get("app2"), outside.get("app2"),
                    work.resolve("app2-restarted.log")));
            running.get("app2").awaitReady(Duration.ofMinutes(10));
            awaitCluster(work.resolve("app2-restarted.log"));
            load.dead.remove(app2);
            System.out.println(TAG + "app2 back in the cluster");
            officer.get(app1, "/home.xhtml");   // the session is touched again with both members up

            // ---- link cut: while the scheduler's pass raises alerts on both, app2's link goes down (its veth on the
            // bridge), with requests, publications and deliveries in flight on it; then it comes back
            Phase cut = new Phase("link cut", seedOverdueCases(db, unitVa));
            awaitPassUnderWay(db, cut);
            load.phase = cut.name;
            cut.faultAt = Instant.now();
            long openOnApp2 = count(db, "SELECT count(*) FROM pg_stat_activity WHERE client_addr = '"
                    + h2.address() + "' AND xact_start IS NOT NULL");
            int[] listsAtCut = memberLists(work.resolve("app1.log"), work.resolve("app2-restarted.log"));
            net.cut(h2);
            load.dead.add(app2);   // the load balancer's health checks fail on it
            long raisedAtCut = cut.raised(db);
            System.out.printf(TAG + "app2's link cut with %d of %d alerts raised, %d open transactions of app2%n",
                    raisedAtCut, cut.alertsDue(), openOnApp2);
            assertTrue(raisedAtCut > 0 && raisedAtCut < cut.alertsDue(), "the link was cut while the pass was raising alerts");
            Thread.sleep(CUT_SECONDS * 1000L);
            long raisedDuringCut = cut.raised(db);
            net.restore(h2);
            cut.faultEnd = Instant.now();
            running.get("app2").awaitReady(Duration.ofMinutes(3));
            String regrouped = awaitRegrouped(listsAtCut, Duration.ofSeconds(90), work.resolve("app1.log"),
                    work.resolve("app2-restarted.log"));
            load.dead.remove(app2);
            System.out.printf(TAG + "app2's link restored after %d s (%d alerts raised meanwhile, by app1); data grid "
                    + "regrouped: %s%n", CUT_SECONDS, raisedDuringCut - raisedAtCut, regrouped);
            officer.get(app1, "/home.xhtml");   // the session is stored again with both members up
            sleepUntil(() -> cut.raised(db) >= cut.alertsDue(), Duration.ofSeconds(150));

            // ---- kill -9: overdue re-assessments for the scheduler again, and app1 is killed in the middle of the pass
            Phase kill = new Phase("kill -9", seedOverdueCases(db, unitVa));
            awaitPassUnderWay(db, kill);
            long openOnApp1 = count(db, "SELECT count(*) FROM pg_stat_activity WHERE client_addr = '"
                    + h1.address() + "' AND xact_start IS NOT NULL");
            long pendingAtKill = count(db, "SELECT count(*) FROM partners.delivery WHERE status = 'PENDING'");
            load.phase = kill.name;
            kill.faultAt = Instant.now();
            running.remove("app1").kill();
            load.dead.add(app1);
            long raisedAtKill = kill.raised(db);
            System.out.printf(TAG + "app1 killed (kill -9) with %d of %d alerts raised, %d open transactions of app1, "
                    + "%d deliveries pending%n", raisedAtKill, kill.alertsDue(), openOnApp1, pendingAtKill);
            assertTrue(raisedAtKill > 0 && raisedAtKill < kill.alertsDue(),
                    "app1 was killed while the pass was raising alerts");

            // ---- the officer goes on on app2
            HttpResponse<String> homeOn2 = officer.get(app2, "/home.xhtml");
            assertEquals(200, homeOn2.statusCode(), "app2 knows the session: " + homeOn2.headers().map());
            assertTrue(homeOn2.body().contains("Agente UFAM Valladolid"), "still logged in as the officer on app2");
            assertTrue(homeOn2.body().contains("Log out"), "her language choice survived on app2");

            // ---- more load on the survivor, then let the relay and the scheduler finish
            int assessedAtKill = load.assessed.size();
            sleepUntil(() -> load.assessed.size() >= assessedAtKill + 10, Duration.ofSeconds(60));
            load.stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(90, TimeUnit.SECONDS), "clients stopped");
            sleepUntil(() -> kill.raised(db) >= kill.alertsDue() && cut.raised(db) >= cut.alertsDue(),
                    Duration.ofSeconds(130));
            sleepUntil(() -> count(db, "SELECT count(*) FROM partners.delivery WHERE status = 'PENDING'") == 0
                    && load.assessed.stream().allMatch(a -> received.containsKey(eventId(a)))
                    && registryDone(db), Duration.ofSeconds(120));
            System.out.println(TAG + "load stopped, the relays and the scheduler done (or the waits ran out)");

            // ---- the page she had open on app1 still works on app2 (server-side view state in the grid)
            HttpResponse<String> logout = officer.post(app2, "/home.xhtml", Map.of("topbar", "topbar",
                    "topbar:logout", "", "jakarta.faces.ViewState", viewStateFromApp1));
            assertEquals(302, logout.statusCode(), "the view state from app1 is valid on app2: " + logout.body());
            assertTrue(logout.headers().firstValue("Location").orElse("").contains("/login.xhtml?logout=true"));

            // ---- figures, for the whole run and by fault (what was acknowledged, raised or repeated in its window)
            List<Phase> phases = List.of(new Phase("clean stop", 0), cut, kill);
            Counts all = counts(db, load, null, phases);
            all.print();
            for (Phase phase : phases) {
                Counts n = counts(db, load, phase, phases);
                n.print();
                assertEquals(0, n.repeatedOutside, phase.name + ": no delivery repeated outside a fault "
                        + "(the clean stop, normal operation)");
            }
            assertEquals(all.alertsDue, all.alertsRaised, "every due alert raised");
            assertEquals(0, all.alertsTwice, "no due alert raised twice");
            assertEquals(all.published, all.completed, "every publication of an acknowledged event completed: "
                    + all.missingDetail);
            assertEquals(0, all.reactionsMissing, "no reaction of an acknowledged event lost: " + all.missingDetail);
            assertEquals(0, all.reactionsTwice, "no publication or reaction twice");
            assertEquals(0, all.deliveriesLost, "no outbound delivery lost");
            assertEquals(0, all.deliveriesFailed, "no outbound delivery failed: " + all.deliveryErrors);
            all.registry.ifPresent(r -> {
                assertEquals(0, r.incomplete, "every event publication completed");
                assertEquals(0, r.duplicated, "no event publication twice");
            });
            assertFalse(Files.readString(work.resolve("app1.log")).contains("not a valid command line switch"));
            for (String log : List.of("app1.log", "app2.log", "app2-restarted.log")) {
                assertFalse(Files.readString(work.resolve(log)).contains("Cannot serialize session attribute"),
                        "every session attribute could be stored in the data grid (" + log + ")");
            }

            Instant stopAt = Instant.now();
            assertTrue(running.remove("app2").stop(Duration.ofSeconds(60)), "app2 stops cleanly at the end");
            System.out.printf(TAG + "app2 stopped cleanly in %.1f s%n",
                    Duration.between(stopAt, Instant.now()).toMillis() / 1000.0);
        } finally {
            for (AutoCloseable c : cleanup) {
                try {
                    c.close();
                } catch (Exception e) {
                    System.out.println(TAG + "cleanup: " + e);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ the load

    /** A partner's client: register a complaint, then its VPR; on a connection failure, the same request again on the other instance with the same Idempotency-Key. */
    private final class Load implements Runnable {
        final List<String> instances;
        final String client;
        volatile String token;
        final List<String> indicators;
        final long unitId;
        final String atestadoPrefix;
        final AtomicBoolean stop = new AtomicBoolean();
        final Set<String> dead = ConcurrentHashMap.newKeySet();
        final Set<Long> cases = ConcurrentHashMap.newKeySet();
        final Set<Long> assessed = ConcurrentHashMap.newKeySet();
        /** The phase each acknowledged case and assessment was answered in. */
        final Map<Long, String> casePhase = new ConcurrentHashMap<>();
        final Map<Long, String> assessedPhase = new ConcurrentHashMap<>();
        volatile String phase = "clean stop";
        final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        final AtomicInteger turn = new AtomicInteger();

        Load(List<String> instances, String client, String token, List<String> indicators, long unitId,
             String atestadoPrefix) {
            this.instances = instances;
            this.client = client;
            this.token = token;
            this.indicators = indicators;
            this.unitId = unitId;
            this.atestadoPrefix = atestadoPrefix;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                try {
                    Optional<Long> caseId = submit("/api/v1/cases", caseJson(), "case");
                    if (caseId.isEmpty()) {
                        continue;
                    }
                    cases.add(caseId.get());
                    casePhase.put(caseId.get(), phase);
                    String answers = indicators.stream().map(i -> "\"" + i + "\":\""
                                    + (ThreadLocalRandom.current().nextInt(4) == 0 ? "SI" : "NO") + "\"")
                            .collect(Collectors.joining(",", "{\"answers\":{", "}}"));
                    submit("/api/v1/cases/" + caseId.get() + "/assessments", answers, "assessment")
                            .ifPresent(a -> {
                                assessed.add(a);
                                assessedPhase.put(a, phase);
                            });
                } catch (RuntimeException e) {
                    count("error " + e.getClass().getSimpleName());
                }
            }
        }

        private Optional<Long> submit(String path, String body, String what) {
            String key = UUID.randomUUID().toString();
            int first = turn.getAndIncrement();
            for (int attempt = 0; attempt < 6 && !stop.get(); attempt++) {
                String base = instances.get((first + attempt) % instances.size());
                if (dead.contains(base)) {
                    continue;
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").header("Accept", "application/json")
                            .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    count(what + " " + r.statusCode() + (attempt > 0 ? " (retry)" : ""));
                    if (r.statusCode() == 201) {
                        return Optional.of(idOf(r));
                    }
                    if (r.statusCode() == 401) {
                        renewToken(base);   // tokens live 10 minutes; a slow machine's run takes longer
                        continue;
                    }
                    if (r.statusCode() == 409 || r.statusCode() >= 500) {
                        sleep(500);
                        continue;   // the first attempt may still be running, or was cut off: ask again, same key
                    }
                    return Optional.empty();
                } catch (IOException e) {
                    count(what + " no answer");
                    sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
            count(what + " given up");
            return Optional.empty();
        }

        private synchronized void renewToken(String base) {
            try {
                token = token(base, client);
            } catch (Exception e) {
                count("token refused " + e.getClass().getSimpleName());
            } catch (AssertionError e) {
                count("token refused");
            }
        }

        private void count(String outcome) {
            outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
        }

        private String caseJson() {
            return """
                    {"complaint":{"atestadoNumber":"%s-%s","filedAt":"%s","place":"Calle Mayor",
                      "municipalityCode":"47186","channel":"VICTIM","summary":"Denuncia de prueba del clúster"},
                     "victim":{"identity":{"firstName":"Ana","lastName1":"Prueba","lastName2":"Cluster","documentType":"DNI",
                       "documentNumber":"%s","birthDate":"1990-01-01","nationality":"ES"},"language":"es",
                       "interpreterNeeded":false,"safeContactChannel":"phone","safeCallWindow":"mañanas","phone":"600000000",
                       "address":"Calle Protegida 1","addressProtected":true},
                     "aggressor":{"identity":{"firstName":"Juan","lastName1":"Prueba","lastName2":"Cluster","documentType":"DNI",
                       "documentNumber":"%s","birthDate":"1985-01-01","nationality":"ES"},"relationship":"EX_PARTNER",
                       "cohabiting":false,"weaponsLicence":false,"whereaboutsKnown":true},
                     "minors":[],"responsibleUnitId":%d}
                    """.formatted(atestadoPrefix, UUID.randomUUID().toString().substring(0, 8),
                    Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS), dni(), dni(),
                    unitId);
        }
    }

    /** The id of what a 201 created: the last segment of its Location (…/cases/{id}, …/assessments/{id}). */
    private static long idOf(HttpResponse<String> r) {
        String location = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "201 without Location: " + r.body()));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static String in(Set<Long> ids) {
        return ids.isEmpty() ? "NULL" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String eventId(long assessmentId) {
        return "LEVEL_CHANGED:assessment:" + assessmentId;
    }

    // ------------------------------------------------------------------------------------------------ the figures

    private record Registry(long total, long incomplete, long duplicated, String table) {
    }

    /** A fault's window: the overdue re-assessments seeded for the pass it hits, when it began and ended. */
    private static final class Phase {
        final String name;
        final long firstDueCase;
        volatile Instant faultAt;
        volatile Instant faultEnd;

        Phase(String name, long firstDueCase) {
            this.name = name;
            this.firstDueCase = firstDueCase;
        }

        long dueCases() {
            return firstDueCase == 0 ? 0 : DUE_CASES;
        }

        long alertsDue() {
            return 2L * dueCases();
        }

        long raised(EmbeddedDatabase db) {
            return firstDueCase == 0 ? 0 : count(db, "SELECT count(*) FROM measures.raised_alert WHERE case_id BETWEEN "
                    + firstDueCase + " AND " + (firstDueCase + DUE_CASES - 1));
        }
    }

    private final class Counts {
        String scope;
        long acknowledgedCases;
        long acknowledgedAssessments;
        long storedCases;
        long published;
        long completed;
        long reactionsMissing;
        long reactionsTwice;
        long storedWithoutReaction;
        String missingDetail = "";
        long alertsDue;
        long alertsRaised;
        long alertsTwice;
        long deliveriesQueued;
        long deliveriesSent;
        long deliveriesFailed;
        String deliveryErrors = "";
        long deliveriesReceived;
        long deliveriesLost;
        long repeated;
        long repeatedOutside;
        Map<String, AtomicInteger> outcomes;
        Optional<Registry> registry = Optional.empty();

        void print() {
            String t = TAG + "[" + scope + "] ";
            if (outcomes != null) {
                System.out.println(t + "requests: " + new java.util.TreeMap<>(outcomes));
            }
            System.out.printf(t + "events of acknowledged requests: %d cases opened, %d risk assessments; "
                            + "%d cases stored (some answered to nobody: the instance died or was cut off first)%n",
                    acknowledgedCases, acknowledgedAssessments, storedCases);
            System.out.printf(t + "reactions: published %d, completed %d, duplicated %d, lost %d; "
                    + "stored cases without their reactions: %d%n", published, completed, reactionsTwice,
                    reactionsMissing, storedWithoutReaction);
            registry.ifPresent(r -> System.out.printf(t + "event publication registry (%s), whole run: %d "
                    + "publications, %d incomplete, %d duplicated%n", r.table, r.total, r.incomplete, r.duplicated));
            System.out.printf(t + "alerts: due %d, raised %d, raised twice %d%n", alertsDue, alertsRaised, alertsTwice);
            System.out.printf(t + "deliveries: queued %d, sent %d, failed %d, received by the partner %d "
                            + "(distinct event ids), lost %d, repeated %d (outside a fault: %d)%n", deliveriesQueued,
                    deliveriesSent, deliveriesFailed, deliveriesReceived, deliveriesLost, repeated, repeatedOutside);
        }
    }

    /**
     * The figures of the run ({@code phase} null) or of one phase: the events acknowledged in it (their publications
     * in the registry, one per listener of the event's type as the registry itself shows them, and their effects),
     * the alerts of the re-assessments seeded for it, the deliveries of its assessments and the repeats received in
     * its window.
     */
    private Counts counts(EmbeddedDatabase db, Load load, Phase phase, List<Phase> phases) throws SQLException {
        Counts n = new Counts();
        n.scope = phase == null ? "whole run" : phase.name;
        n.outcomes = phase == null ? load.outcomes : null;
        Set<Long> caseIds = new TreeSet<>();
        Set<Long> assessmentIds = new TreeSet<>();
        load.casePhase.forEach((id, p) -> {
            if (phase == null || phase.name.equals(p)) {
                caseIds.add(id);
            }
        });
        load.assessedPhase.forEach((id, p) -> {
            if (phase == null || phase.name.equals(p)) {
                assessmentIds.add(id);
            }
        });
        n.acknowledgedCases = caseIds.size();
        n.acknowledgedAssessments = assessmentIds.size();
        try (Connection c = db.connect()) {
            List<String> missing = new ArrayList<>();
            String cases = in(caseIds);
            String assessments = in(assessmentIds);
            String stored = "SELECT DISTINCT case_id FROM intake.complaint WHERE atestado_number LIKE '"
                    + load.atestadoPrefix + "-%'";
            if (phase == null) {
                n.storedCases = count(c, "SELECT count(*) FROM (" + stored + ") s");
                n.storedWithoutReaction = count(c, "SELECT count(*) FROM (" + stored + ") s WHERE NOT EXISTS (SELECT 1 "
                        + "FROM risk.assessment a WHERE a.case_id = s.case_id) OR NOT EXISTS (SELECT 1 FROM "
                        + "measures.followed_case f WHERE f.case_id = s.case_id)");
            } else {
                n.storedCases = count(c, "SELECT count(*) FROM intake.case_file WHERE id IN (" + cases + ")");
            }

            // the registry: what it owes for the acknowledged events, listener by listener
            Coverage opened = coverage(c, "CaseOpened", "caseId", caseIds);
            Coverage assessed = coverage(c, "RiskAssessed", "assessmentId", assessmentIds);
            n.published = opened.expected + assessed.expected;
            n.completed = opened.completed + assessed.completed;
            long twice = opened.twice + assessed.twice;
            if (opened.expected > opened.completed) {
                missing.add((opened.expected - opened.completed) + " publications of CaseOpened " + opened.listeners);
            }
            if (assessed.expected > assessed.completed) {
                missing.add((assessed.expected - assessed.completed) + " publications of RiskAssessed "
                        + assessed.listeners);
            }
            if (opened.listeners.isEmpty() && !caseIds.isEmpty() || assessed.listeners.isEmpty() && !assessmentIds.isEmpty()) {
                missing.add("no listener of an acknowledged event in the registry");
            }

            // and the effects themselves: CaseOpened -> risk owes the VPR, measures follows the case;
            // RiskAssessed -> measures updates the follow-up, partners queue the outbound delivery
            long vpr = count(c, "SELECT count(DISTINCT case_id) FROM risk.assessment WHERE kind = 'VPR' AND case_id IN ("
                    + cases + ")");
            long vprTwice = count(c, "SELECT count(*) FROM (SELECT case_id FROM risk.assessment WHERE kind = 'VPR' "
                    + "AND case_id IN (" + cases + ") GROUP BY case_id HAVING count(*) > 1) d");
            long followed = count(c, "SELECT count(*) FROM measures.followed_case WHERE case_id IN (" + cases + ")");
            long followUpUpdated = count(c, "SELECT count(*) FROM measures.followed_case WHERE case_id IN "
                    + "(SELECT case_id FROM risk.assessment WHERE id IN (" + assessments + ")) "
                    + "AND last_assessment_id IN (" + assessments + ")");
            long queued = assessmentIds.isEmpty() ? 0 : count(c, "SELECT count(*) FROM partners.delivery d JOIN "
                    + "partners.subscription s ON s.id = d.subscription_id WHERE s.callback_url LIKE '%/hook' AND "
                    + "d.event_key IN (" + assessmentIds.stream().map(a -> "'" + eventId(a) + "'")
                    .collect(Collectors.joining(",")) + ")");
            long effectsMissing = 0;
            if (vpr < n.acknowledgedCases) {
                missing.add((n.acknowledgedCases - vpr) + " pending VPR");
                effectsMissing += n.acknowledgedCases - vpr;
            }
            if (followed < n.acknowledgedCases) {
                missing.add((n.acknowledgedCases - followed) + " follow-up records");
                effectsMissing += n.acknowledgedCases - followed;
            }
            if (followUpUpdated < n.acknowledgedAssessments) {
                // the last assessment of a case is the one its follow-up shows: one per case
                long casesAssessed = count(c, "SELECT count(DISTINCT case_id) FROM risk.assessment WHERE id IN ("
                        + assessments + ")");
                if (followUpUpdated < casesAssessed) {
                    missing.add((casesAssessed - followUpUpdated) + " follow-up updates");
                    effectsMissing += casesAssessed - followUpUpdated;
                }
            }
            if (queued < n.acknowledgedAssessments) {
                missing.add((n.acknowledgedAssessments - queued) + " outbound deliveries");
                effectsMissing += n.acknowledgedAssessments - queued;
            }
            n.reactionsTwice = twice + vprTwice;
            n.reactionsMissing = (n.published - n.completed) + effectsMissing;
            n.missingDetail = String.join(", ", missing);

            List<Phase> seeded = phase == null ? phases : List.of(phase);
            for (Phase p : seeded) {
                if (p.firstDueCase == 0) {
                    continue;
                }
                n.alertsDue += p.alertsDue();
                String dueCases = "SELECT (" + p.firstDueCase + " + g)::text FROM generate_series(0, "
                        + (DUE_CASES - 1) + ") g";
                n.alertsRaised += count(c, "SELECT count(*) FROM platform.alert WHERE record_type = 'Case' AND "
                        + "record_id IN (" + dueCases + ")");
                n.alertsTwice += count(c, "SELECT count(*) FROM (SELECT 1 FROM platform.alert WHERE record_type = "
                        + "'Case' AND record_id IN (" + dueCases + ") GROUP BY record_id, type, unit_id "
                        + "HAVING count(*) > 1) d");
            }

            String mine = "FROM partners.delivery d JOIN partners.subscription s ON s.id = d.subscription_id "
                    + "WHERE s.callback_url LIKE '%/hook'";
            Set<String> expected = new TreeSet<>();
            assessmentIds.forEach(a -> expected.add(eventId(a)));
            if (phase == null) {
                n.deliveriesQueued = count(c, "SELECT count(*) " + mine);
                n.deliveriesSent = count(c, "SELECT count(*) " + mine + " AND d.status = 'SENT'");
                n.deliveriesFailed = count(c, "SELECT count(*) " + mine + " AND d.status = 'FAILED'");
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT d.event_key " + mine)) {
                    while (rs.next()) {
                        expected.add(rs.getString(1));
                    }
                }
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(d.last_error, "
                        + "'-'), count(*) " + mine + " AND d.status <> 'SENT' GROUP BY 1")) {
                    StringBuilder errors = new StringBuilder();
                    while (rs.next()) {
                        errors.append(rs.getString(1)).append(": ").append(rs.getLong(2)).append("; ");
                    }
                    n.deliveryErrors = errors.toString();
                }
            } else {
                n.deliveriesQueued = queued;
                String keys = expected.isEmpty() ? "NULL" : expected.stream().map(k -> "'" + k + "'")
                        .collect(Collectors.joining(","));
                n.deliveriesSent = count(c, "SELECT count(*) " + mine + " AND d.status = 'SENT' AND d.event_key IN ("
                        + keys + ")");
                n.deliveriesFailed = count(c, "SELECT count(*) " + mine + " AND d.status = 'FAILED' AND d.event_key "
                        + "IN (" + keys + ")");
            }
            n.deliveriesReceived = expected.stream().filter(received::containsKey).count();
            n.deliveriesLost = expected.stream().filter(k -> !received.containsKey(k)).count();
            // a repeat belongs to the window it arrived in: from a fault's start until the next fault (or the end)
            for (Map.Entry<String, List<Instant>> e : receivedAt.entrySet()) {
                List<Instant> times = e.getValue();
                for (int i = 1; i < times.size(); i++) {
                    Phase during = phaseAt(phases, times.get(i));
                    if (phase == null || during == phase) {
                        n.repeated++;
                        if (during.faultAt == null) {
                            n.repeatedOutside++;
                        }
                    }
                }
            }
            n.registry = registry(c);
        }
        return n;
    }

    /** The phase whose fault window (its start, minus a few seconds of in-flight work, to the next one) holds t. */
    private static Phase phaseAt(List<Phase> phases, Instant t) {
        Phase at = phases.get(0);
        for (Phase p : phases) {
            if (p.faultAt != null && !t.isBefore(p.faultAt.minusSeconds(10))) {
                at = p;
            }
        }
        return at;
    }

    private record Coverage(long expected, long completed, long twice, List<String> listeners) {
    }

    /**
     * What the registry owes for the acknowledged events of a type: one publication per listener of that type (the
     * listeners the registry holds publications for) and event; how many of them are completed; how many are there
     * more than once.
     */
    private static Coverage coverage(Connection c, String eventType, String idField, Set<Long> ids) throws SQLException {
        List<String> listeners = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT listener_id FROM platform.event_publication "
                + "WHERE event_type LIKE ? ORDER BY 1")) {
            ps.setString(1, "%" + eventType);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    listeners.add(rs.getString(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return new Coverage(0, 0, 0, listeners);
        }
        String of = "FROM platform.event_publication WHERE event_type LIKE '%" + eventType + "' AND (payload->>'"
                + idField + "')::bigint IN (" + in(ids) + ")";
        long completed = count(c, "SELECT count(*) FROM (SELECT DISTINCT listener_id, payload->>'" + idField + "' "
                + of + " AND status = 'COMPLETED') d");
        long twice = count(c, "SELECT count(*) FROM (SELECT 1 " + of + " GROUP BY listener_id, payload->>'" + idField
                + "' HAVING count(*) > 1) d");
        return new Coverage((long) listeners.size() * ids.size(), completed, twice, listeners);
    }

    /** The event publication registry's figures, once the build has one (a table named *publication* in platform). */
    private static Optional<Registry> registry(Connection c) throws SQLException {
        String table = null;
        Set<String> columns = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM "
                + "information_schema.columns WHERE table_schema = 'platform' AND table_name LIKE '%publication%' "
                + "ORDER BY table_name")) {
            while (rs.next()) {
                if (table == null) {
                    table = rs.getString(1);
                }
                if (table.equals(rs.getString(1))) {
                    columns.add(rs.getString(2));
                }
            }
        }
        if (table == null) {
            return Optional.empty();
        }
        String completion = columns.stream().filter(col -> col.startsWith("complet")).findFirst().orElse(null);
        String listener = columns.stream().filter(col -> col.contains("listener")).findFirst().orElse(null);
        String event = columns.stream().filter(col -> col.equals("event_id") || col.equals("event_key")
                || col.equals("serialized_event") || col.equals("payload")).findFirst().orElse(null);
        String t = "platform." + table;
        long total = count(c, "SELECT count(*) FROM " + t);
        long incomplete = completion == null ? -1 : count(c, "SELECT count(*) FROM " + t + " WHERE " + completion
                + " IS NULL");
        long duplicated = listener == null || event == null ? -1 : count(c, "SELECT count(*) FROM (SELECT 1 FROM " + t
                + " GROUP BY " + listener + ", " + event + " HAVING count(*) > 1) d");
        return Optional.of(new Registry(total, incomplete, duplicated, t));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static boolean registryDone(EmbeddedDatabase db) {
        try (Connection c = db.connect()) {
            return registry(c).map(r -> r.incomplete <= 0).orElse(true);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Overdue re-assessments past their grace (as in FollowUpPassBenchmark): the pass raises OVERDUE and ESCALATED. */
    private static long seedOverdueCases(EmbeddedDatabase db, long unitId) throws SQLException {
        long first = 8_000_000_000L + ThreadLocalRandom.current().nextLong(100_000_000L);
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO measures.followed_case (case_id, case_number, unit_id, region_code, province_code,
                    municipality_code, status, level, protocol_id, last_assessment_id, last_assessed_at,
                    reassessment_due, reassessment_reason, reassessment_stage, next_check_at, opened_at)
                SELECT ? + g, 'CL-' || g, ?, '07', '47', '47186', 'ACTIVE', 'MEDIO', p.id, 1,
                       now() - interval '90 days', now() - interval '10 days', 'PERIODIC', 'NONE',
                       now() - interval '10 days', now() - interval '120 days'
                  FROM generate_series(0, ? - 1) g, measures.protocol_version p WHERE p.code = 'INSTR-4-2019'""")) {
            ps.setLong(1, first);
            ps.setLong(2, unitId);
            ps.setInt(3, DUE_CASES);
            assertEquals(DUE_CASES, ps.executeUpdate(), "protocol INSTR-4-2019 loaded");
        }
        return first;
    }

    /** Waits for the next pass to be under way on the phase's re-assessments (a tenth of its alerts raised). */
    private static void awaitPassUnderWay(EmbeddedDatabase db, Phase phase) throws InterruptedException {
        long now = Instant.now().getEpochSecond();
        System.out.println(TAG + "[" + phase.name + "] seeded " + DUE_CASES + " overdue re-assessments; the pass starts at "
                + Instant.ofEpochSecond(now - now % PASS_SECONDS + PASS_SECONDS));
        sleepUntil(() -> phase.raised(db) >= phase.alertsDue() / 10, Duration.ofSeconds(100));
    }

    /** How many member lists of each size (1, 2) Hazelcast has logged in these logs so far. */
    private static int[] memberLists(Path... logs) {
        int[] n = new int[3];
        for (Path log : logs) {
            try {
                String text = Files.exists(log) ? Files.readString(log) : "";
                for (int size = 1; size <= 2; size++) {
                    n[size] += text.split("Members \\{size:" + size + ",", -1).length - 1;
                }
            } catch (IOException e) {
                // not readable yet
            }
        }
        return n;
    }

    /**
     * After a cut: "no split" if the data grid never saw a member go (the cut was shorter than its failure
     * detection), else whether it listed two members again within the timeout.
     */
    private static String awaitRegrouped(int[] atCut, Duration timeout, Path... logs) throws Exception {
        if (memberLists(logs)[1] == atCut[1]) {
            return "no split seen";
        }
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (memberLists(logs)[2] > atCut[2]) {
                return "split, then regrouped";
            }
            Thread.sleep(500);
        }
        return "split, not regrouped within " + timeout.toSeconds() + " s";
    }

    private static void awaitCluster(Path... logs) throws Exception {
        sleepUntil(() -> {
            for (Path log : logs) {
                try {
                    if (Files.exists(log) && Files.readString(log).contains("DG Size: 2")) {
                        return true;
                    }
                } catch (IOException e) {
                    return false;
                }
            }
            return false;
        }, Duration.ofSeconds(60));
    }

    private String token(String base, String client) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + client
                        + "&client_secret=viogen-demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).getString("access_token");
    }

    private List<String> indicators(String base, String token) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/instruments/VPR/5.0-VG1"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<String> codes = new ArrayList<>();
        json(r.body()).getJsonArray("factors").forEach(f -> f.asJsonObject().getJsonArray("indicators")
                .forEach(i -> codes.add(i.asJsonObject().getString("code"))));
        assertFalse(codes.isEmpty());
        return codes;
    }

    /** A browser's session, its cookie sent to whichever instance (as a load balancer in front of both would). */
    private final class Session {
        final Map<String, String> cookies = new LinkedHashMap<>();
        String cookie;
        String viewState;

        HttpResponse<String> get(String base, String path) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            return keep(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String base, String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            return keep(http.send(b.build(), HttpResponse.BodyHandlers.ofString()));
        }

        private HttpResponse<String> keep(HttpResponse<String> r) {
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
            cookie = cookies.isEmpty() ? null : cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
            return r;
        }
    }

    private Session login(String base, String username) throws Exception {
        Session s = new Session();
        String page = s.get(base, "/login.xhtml").body();
        HttpResponse<String> r = s.post(base, "/login.xhtml", Map.of("login", "login", "login:username", username,
                "login:password", "viogen-demo", "login:submit", "", "jakarta.faces.ViewState", viewState(page)));
        assertEquals(302, r.statusCode(), "login: " + r.body());
        HttpResponse<String> home = s.get(base, "/home.xhtml");
        assertEquals(200, home.statusCode());
        s.viewState = viewState(home.body());
        return s;
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), "page has a view state");
        return m.group(1);
    }

    private static JsonObject json(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        }
    }

    private static String dni() {
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static long queryLong(Connection c, String sql) throws SQLException {
        return count(c, sql);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(EmbeddedDatabase db, String sql) {
        try (Connection c = db.connect()) {
            return count(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return;   // the assertions that follow say what was missing
            }
            Thread.sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
