package es.viogen.dataset;

import es.viogen.launcher.EmbeddedDatabase;
import es.viogen.launcher.PayaraMicroProcess;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The key reads at national size, measured server-side: Payara Micro's own access log records each request's
 * processing time ({@code %time-taken%}, from the request's arrival to the last byte of the answer, in ms); the
 * benchmark sends the requests (one after the other, as one person), then reads the lines each request added. Warm:
 * after 20 unmeasured requests of the same kind; cold: right after PostgreSQL was restarted and the operating
 * system's page cache dropped (as root), each request on a different record. It prints a table.
 *
 * <p>Run on the national database: {@code ./run.sh --benchmark [--requests N] [--cold]} (see the README).
 */
public final class ScaleBenchmark {

    private final String base;
    private final Path accessLog;
    private final Connection db;
    private final int requests;

    record Figure(String what, String who, int n, long p50, long p95, long p99, String statuses) {
    }

    private ScaleBenchmark(String base, Path accessLog, Connection db, int requests) {
        this.base = base;
        this.accessLog = accessLog;
        this.db = db;
        this.requests = requests;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(".viogen-national").toAbsolutePath();
        int port = 54339;
        int requests = 200;
        boolean cold = false;
        Path war = Path.of("modules/app/target/viogen.war");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dir = Path.of(args[++i]).toAbsolutePath();
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                case "--cold" -> cold = true;
                case "--war" -> war = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path logs = dir.resolve("benchmark");
        Files.createDirectories(logs);
        try (var files = Files.list(logs)) {
            for (Path p : files.toList()) {
                if (p.getFileName().toString().startsWith("access")) {
                    Files.delete(p);
                }
            }
        }
        EmbeddedDatabase pg = EmbeddedDatabase.persistent(dir.resolve("pg"), port, "viogen", Map.of(
                "shared_buffers", "512MB", "max_connections", "100"));
        int http = PayaraMicroProcess.freePort();
        PayaraMicroProcess payara = PayaraMicroProcess.builder(Path.of("modules/launcher/target/payara-micro.jar"), war)
                .port(http)
                .jvmOption("-Xms512m").jvmOption("-Xmx1g")
                .systemProperty("viogen.mode", "production") // demo data would collide with the generated units
                .systemProperty("viogen.session.secure-cookie", "false") // plain http on localhost
                .systemProperty("viogen.db.url", pg.jdbcUrl())
                .systemProperty("viogen.db.user", EmbeddedDatabase.USER)
                .systemProperty("viogen.db.password", EmbeddedDatabase.PASSWORD)
                .microOption("--accesslog").microOption(logs.toString())
                .microOption("--accesslogformat").microOption("%request% %status% %time-taken%")
                .microOption("--accessloginterval").microOption("0")
                .microOption("--accesslogprefix").microOption("access")
                .tmpDir(logs.resolve("tmp"))
                .log(logs.resolve("payara.log"))
                .start();
        try (Connection c = pg.connect()) {
            System.out.println("Benchmark: Payara Micro starting on " + http + " (log " + logs.resolve("payara.log") + ") ...");
            Duration ready = payara.awaitReady(Duration.ofMinutes(15));
            System.out.printf(Locale.ROOT, "Benchmark: ready in %.1f s; load average %.2f%n", ready.toMillis() / 1000.0,
                    NationalDataset.loadAverage());
            ScaleBenchmark b = new ScaleBenchmark("http://localhost:" + http, logs, c, requests);
            List<Figure> warm = b.all(false);
            print("warm", warm);
            System.out.println();
            CaseListSql.run(c); // the plain statements beside the new ones, same database, same run
            if (cold) {
                List<Figure> coldFigures = new ArrayList<>();
                for (String only : List.of("officer case list", "regional case list, page 1", "case page", "text search by name")) {
                    pg.crashAndRestart(logs.resolve("pg-restart.log"));
                    dropCaches();
                    payara.awaitReady(Duration.ofMinutes(5));
                    coldFigures.addAll(b.only(only));
                }
                print("cold (PostgreSQL restarted and page cache dropped before each kind; a different record per request)",
                        coldFigures);
            }
            b.loginsPerSecond();
        } finally {
            payara.close();
            pg.close();
        }
        System.exit(0);
    }

    static void dropCaches() {
        try {
            Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3");
        } catch (IOException e) {
            System.out.println("Benchmark: could not drop the page cache (" + e.getMessage() + "): cold means restarted only");
        }
    }

    static void print(String title, List<Figure> figures) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Benchmark, %s: server-side ms (Payara access log %%time-taken%%); load average %.2f%n",
                title, NationalDataset.loadAverage());
        System.out.printf(Locale.ROOT, "| %-34s | %-28s | %5s | %6s | %6s | %6s | %s |%n", "read", "as", "n", "p50", "p95",
                "p99", "statuses");
        System.out.println("|" + "-".repeat(36) + "|" + "-".repeat(30) + "|-------|--------|--------|--------|----------|");
        for (Figure f : figures) {
            System.out.printf(Locale.ROOT, "| %-34s | %-28s | %5d | %6d | %6d | %6d | %s |%n", f.what(), f.who(), f.n(),
                    f.p50(), f.p95(), f.p99(), f.statuses());
        }
    }

    // --- the scenarios ----------------------------------------------------------------------------------------

    private static final int DEEP_PAGE = 600; // past the capped count's 500 pages
    private String busiestUnit;
    private String region;
    private long[] activeCases;
    private String[] names;
    private String[] documents;
    private String[] atestados;

    private void pickSubjects() throws SQLException {
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT u.code, u.region_code FROM intake.case_file c "
                    + "JOIN platform.unit u ON u.id = c.unit_id WHERE c.status = 'ACTIVE' AND u.kind = 'NATIONAL_POLICE' "
                    + "GROUP BY u.code, u.region_code ORDER BY COUNT(*) DESC LIMIT 1")) {
                rs.next();
                busiestUnit = rs.getString(1).toLowerCase(Locale.ROOT);
                region = rs.getString(2);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT c.id FROM intake.case_file c JOIN platform.unit u ON u.id = c.unit_id "
                    + "WHERE lower(u.code) = '" + busiestUnit + "' AND c.status = 'ACTIVE' ORDER BY md5(c.id::text) LIMIT 1000")) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            activeCases = ids.stream().mapToLong(Long::longValue).toArray();
            List<String> n = new ArrayList<>();
            List<String> d = new ArrayList<>();
            List<String> a = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT v.last_name1 || ' ' || COALESCE(v.last_name2, ''), v.document_number, "
                    + "k.atestado_number FROM intake.case_file c JOIN intake.victim v ON v.case_id = c.id "
                    + "JOIN intake.complaint k ON k.case_id = c.id WHERE c.region_code = '" + region + "' "
                    + "AND v.document_number IS NOT NULL ORDER BY md5(c.id::text) LIMIT 1000")) {
                while (rs.next()) {
                    n.add(rs.getString(1).trim());
                    d.add(rs.getString(2));
                    a.add(rs.getString(3));
                }
            }
            names = n.toArray(String[]::new);
            documents = d.toArray(String[]::new);
            atestados = a.toArray(String[]::new);
        }
    }

    private String officer() {
        return "agente." + busiestUnit + ".1";
    }

    private String supervisor() {
        return "supervisor." + busiestUnit;
    }

    private String regional() {
        return "regional." + region + ".1";
    }

    interface Request {
        HttpResponse<String> send(FacesClient c, int i) throws Exception;
    }

    record Scenario(String what, String who, Request request, Request prepare) {
    }

    private List<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();
        s.add(new Scenario("officer case list", officer(), (c, i) -> c.get("/cases/list.xhtml"), null));
        s.add(new Scenario("regional case list, page 1", regional(), (c, i) -> c.get("/cases/list.xhtml"), null));
        // a deep page as a person reaches it, page by page (no jump past the pages stepped through once the count
        // is capped): stepped to page DEEP_PAGE unmeasured, then each request is the next page
        s.add(new Scenario("regional case list, page 600+", regional(), (c, i) -> c.nextPage(),
                (c, i) -> {
                    HttpResponse<String> r = c.get("/cases/list.xhtml");
                    for (int p = 1; p < DEEP_PAGE; p++) {
                        r = c.nextPage();
                    }
                    return r;
                }));
        s.add(new Scenario("text search by name", regional(), (c, i) -> c.ajax("cases", "cases:search", "cases",
                "cases:table cases:messages", Map.of("cases:text", names[i % names.length])), (c, i) -> c.get("/cases/list.xhtml")));
        s.add(new Scenario("text search by DNI/NIE", regional(), (c, i) -> c.ajax("cases", "cases:search", "cases",
                "cases:table cases:messages", Map.of("cases:text", documents[i % documents.length])), (c, i) -> c.get("/cases/list.xhtml")));
        s.add(new Scenario("text search by atestado", regional(), (c, i) -> c.ajax("cases", "cases:search", "cases",
                "cases:table cases:messages", Map.of("cases:text", atestados[i % atestados.length])), (c, i) -> c.get("/cases/list.xhtml")));
        s.add(new Scenario("case page", officer(),
                (c, i) -> c.get("/cases/case.xhtml?id=" + activeCases[i % activeCases.length]), null));
        s.add(new Scenario("unit due list (pending assessments)", officer(), (c, i) -> c.get("/risk/pending.xhtml"), null));
        s.add(new Scenario("unit dashboard", supervisor(), (c, i) -> c.get("/follow-up/unit.xhtml"), null));
        s.add(new Scenario("regional dashboard", regional(), (c, i) -> c.get("/follow-up/region.xhtml"), null));
        s.add(new Scenario("coverage page", regional(), (c, i) -> c.get("/municipal/coverage.xhtml"), null));
        s.add(new Scenario("audit search for one case", "admin.nacional", (c, i) -> c.ajax("audit", "audit:search", "audit",
                "audit:table audit:messages", Map.of("audit:recordType", "Case",
                        "audit:recordId", Long.toString(activeCases[i % activeCases.length]))), (c, i) -> c.get("/audit/log.xhtml")));
        s.add(new Scenario("alert bell poll", officer(), (c, i) -> c.poll(), (c, i) -> c.get("/home.xhtml")));
        return s;
    }

    List<Figure> all(boolean coldRun) throws Exception {
        pickSubjects();
        List<Figure> out = new ArrayList<>();
        for (Scenario s : scenarios()) {
            out.add(safely(s.what(), s.who(), () -> measure(s, 20)));
        }
        out.add(safely("login (form POST)", "agente." + busiestUnit + ".n", () -> logins(20)));
        return out;
    }

    interface Measured {
        Figure run() throws Exception;
    }

    private static Figure safely(String what, String who, Measured m) {
        Figure f;
        try {
            f = m.run();
        } catch (Exception e) {
            f = new Figure(what, who, 0, -1, -1, -1, "failed: " + e);
        }
        System.out.printf(Locale.ROOT, "Benchmark: %-34s %-28s n=%d p50=%d p95=%d p99=%d %s%n", f.what(), f.who(), f.n(),
                f.p50(), f.p95(), f.p99(), f.statuses());
        return f;
    }

    List<Figure> only(String what) throws Exception {
        for (Scenario s : scenarios()) {
            if (s.what().equals(what)) {
                return List.of(safely(s.what(), s.who(), () -> measure(s, 0)));
            }
        }
        return List.of();
    }

    private Figure measure(Scenario s, int warmup) throws Exception {
        FacesClient c = new FacesClient(base);
        c.login(s.who());
        if (s.prepare() != null) {
            s.prepare().send(c, 0);
        }
        for (int i = 0; i < warmup; i++) {
            s.request().send(c, 1000 + i);
        }
        long mark = lines().size();
        for (int i = 0; i < requests; i++) {
            s.request().send(c, i);
        }
        return figure(s.what(), s.who(), lines().subList((int) mark, lines().size()));
    }

    /** The login itself: the form's POST, each time a different account of the busiest unit. */
    private Figure logins(int warmup) throws Exception {
        for (int i = 0; i < warmup; i++) {
            new FacesClient(base).login("agente." + busiestUnit + "." + (1 + i % 20));
        }
        long mark = lines().size();
        for (int i = 0; i < requests; i++) {
            new FacesClient(base).login("agente." + busiestUnit + "." + (1 + i % 40));
        }
        List<String> added = lines().subList((int) mark, lines().size());
        return figure("login (form POST)", "agente." + busiestUnit + ".n",
                added.stream().filter(l -> l.contains("POST /login.xhtml")).toList());
    }

    /** Logins per second on this one node: 8 clients logging in as different officers for 30 s. */
    void loginsPerSecond() throws Exception {
        long hashMs = hashCostMs();
        int clients = 8;
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> f = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            int thread = t;
            f.add(pool.submit(() -> {
                int k = 0;
                while (System.nanoTime() < until) {
                    try {
                        if (new FacesClient(base).login("agente." + busiestUnit + "." + (1 + (thread * 1000 + k++) % 40))) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> x : f) {
            x.get();
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%nBenchmark: logins per second on one node: %.1f (%d in 30 s, %d failed, 8 clients); "
                        + "PBKDF2-SHA256 100 000 iterations costs %d ms of one core per login here, so 2 cores can verify at "
                        + "most %.1f per second; load average %.2f%n", ok.get() / 30.0, ok.get(), failed.get(), hashMs,
                2000.0 / Math.max(1, hashMs), NationalDataset.loadAverage());
    }

    /** One verification with Payara's PBKDF2 implementation and the platform's parameters, median of 15. */
    static long hashCostMs() throws Exception {
        Class<?> impl = Class.forName("org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl");
        jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash h =
                (jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash) impl.getDeclaredConstructor().newInstance();
        h.initialize(es.viogen.platform.boundary.PasswordHashing.PARAMETERS);
        String hash = h.generate(NationalDataset.PASSWORD.toCharArray());
        long[] t = new long[15];
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            h.verify(NationalDataset.PASSWORD.toCharArray(), hash);
            t[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(t);
        return t[t.length / 2];
    }

    private List<String> lines() throws IOException {
        List<String> all = new ArrayList<>();
        try (var files = Files.list(accessLog)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("access")).sorted().toList()) {
                all.addAll(Files.readAllLines(p));
            }
        }
        return all;
    }

    private static Figure figure(String what, String who, List<String> lines) {
        long[] ms = new long[lines.size()];
        Map<String, Integer> statuses = new LinkedHashMap<>();
        int n = 0;
        for (String l : lines) {
            String[] f = l.replace("\"", "").trim().split("\\s+");
            if (f.length < 3) {
                continue;
            }
            try {
                ms[n] = Math.round(Double.parseDouble(f[f.length - 1]));
            } catch (NumberFormatException e) {
                continue;
            }
            n++;
            statuses.merge(f[f.length - 2], 1, Integer::sum);
        }
        long[] v = Arrays.copyOf(ms, n);
        Arrays.sort(v);
        IntFunction<Long> pct = p -> v.length == 0 ? -1 : v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
        return new Figure(what, who, n, pct.apply(50), pct.apply(95), pct.apply(99),
                statuses.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" ")));
    }
}
