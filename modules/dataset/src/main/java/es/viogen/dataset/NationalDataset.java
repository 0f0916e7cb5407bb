package es.viogen.dataset;

import es.viogen.launcher.EmbeddedDatabase;
import es.viogen.measures.control.CatalogueFile;
import es.viogen.measures.control.ProtocolDefinition;
import es.viogen.municipal.control.RegistryCsv;
import es.viogen.municipal.control.RegistryRow;
import es.viogen.municipal.control.RegistryStore;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.boundary.PasswordHashing;
import es.viogen.platform.control.AuditChain;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The national dataset: fills an empty VioGén database, migrated by the application's own migrations, with a
 * realistic national volume through PostgreSQL {@code COPY}: the real 8 132 INE municipalities, about 2 000 police
 * units, 50 000 users, 1 000 000 cases since 26 July 2007 (100 000 active, levels as Interior publishes them),
 * about 8 000 000 assessments, incidents, plan measures and executions, judicial orders, alerts and 20 000 000
 * sealed audit rows. Deterministic from the seed (and the day it runs: "today" is the generation day, at 00:00 UTC).
 *
 * <p>Run: {@code ./run.sh --national [--seed N] [--cases N]} (see the README's scale section).
 */
public final class NationalDataset {

    /** The password of every generated account (one PBKDF2 hash, computed once by Payara's own implementation). */
    public static final String PASSWORD = "viogen-demo";

    /**
     * Levels of the active cases. Ministerio del Interior, Estadística VioGén at 30 Nov 2025 (as reported by El Día,
     * 11 Dec 2025): 103 973 active cases, 22 extremo, 957 alto, 14 631 medio, 88 363 bajo (no apreciado counted with
     * bajo there); the bajo/no-apreciado split is Galicia's at 31 Oct 2024 (Europa Press, 24 Nov 2024: 2 685 bajo,
     * 2 064 no apreciado).
     */
    static final double[] ACTIVE_LEVELS = {88_363 * 2_064.0 / 4_749, 88_363 * 2_685.0 / 4_749, 14_631, 957, 22};
    /** Levels at which inactive cases ended (illustrative: lower than the active ones, few high). */
    static final double[] INACTIVE_LEVELS = {55, 38, 6.5, 0.45, 0.05};

    private static final Instant VIOGEN_START = Instant.parse("2007-07-26T00:00:00Z");

    final Options o;
    final Instant now;
    final LocalDate today;
    final SplittableRandom rnd;
    final AtomicLong streamed = new AtomicLong();
    final PGSimpleDataSource ds;

    // reference data
    List<RegistryRow> municipalities;
    double[] municipalityCdf;
    final List<UnitRow> units = new ArrayList<>();
    final Map<String, Integer> coveringUnit = new HashMap<>();   // ine -> police unit index (PN or GC)
    final Map<String, Integer> localPolice = new HashMap<>();    // ine -> integrated local police unit index
    final Map<String, Instant> integratedAt = new HashMap<>();
    final Map<String, Integer> regionalUnit = new HashMap<>();   // ccaa -> unit index
    long protocolId;
    final Map<String, long[]> catalogue = new LinkedHashMap<>(); // code -> {id, minLevel ordinal, freqHours or -1}
    final List<String> catalogueCodes = new ArrayList<>();
    final Map<RiskLevel, Duration> interval = new HashMap<>();
    String passwordHash;

    // counters
    long assessmentId;
    long incidentId;
    long planMeasureId;
    long executionId;
    long orderId;
    long alertId;
    long minorId;
    long complaintId;
    long inactivationId;
    long personRef;
    final long[] activeByLevel = new long[5];

    record Options(long seed, int cases, int activeCases, int users, long auditRows, Path dataDir, int port,
                   String jdbcUrl, String user, String password, boolean logisticOutcomes) {
    }

    record UnitRow(long id, String code, String name, String kind, String region, String province, String ine,
                   double weight, int[] officers) {
    }

    NationalDataset(Options o, PGSimpleDataSource ds) {
        this.o = o;
        this.ds = ds;
        this.today = LocalDate.now(ZoneOffset.UTC);
        this.now = today.atStartOfDay().toInstant(ZoneOffset.UTC);
        this.rnd = new SplittableRandom(o.seed());
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        long t0 = System.nanoTime();
        EmbeddedDatabase db = null;
        PGSimpleDataSource ds = new PGSimpleDataSource();
        if (o.jdbcUrl() == null) {
            Files.createDirectories(o.dataDir());
            System.out.println("National dataset: starting the embedded PostgreSQL in " + o.dataDir().resolve("pg")
                    + " (port " + o.port() + ") ...");
            db = EmbeddedDatabase.persistent(o.dataDir().resolve("pg"), o.port(), "viogen", Map.of(
                    "fsync", "off", "synchronous_commit", "off", "full_page_writes", "off",
                    "wal_level", "minimal", "max_wal_senders", "0", "max_wal_size", "8GB",
                    "checkpoint_timeout", "30min", "autovacuum", "off", "shared_buffers", "512MB",
                    "maintenance_work_mem", "512MB"));
            ds.setUrl(db.jdbcUrl());
            ds.setUser(EmbeddedDatabase.USER);
            ds.setPassword(EmbeddedDatabase.PASSWORD);
        } else {
            ds.setUrl(o.jdbcUrl());
            ds.setUser(o.user());
            ds.setPassword(o.password());
        }
        int exit = 0;
        try {
            new NationalDataset(o, ds).run(t0);
        } catch (NotEmpty e) {
            System.err.println("National dataset: " + e.getMessage());
            exit = 2;
        } finally {
            if (db != null) {
                db.close();
            }
        }
        System.exit(exit);
    }

    static Options parse(String[] args) {
        return DatasetOptions.parse(args);
    }

    static final class NotEmpty extends RuntimeException {
        NotEmpty(String m) {
            super(m);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    record Report(Map<String, Long> rows, double seconds, double load, List<String> sequences) {
    }

    Report run(long t0) throws Exception {
        System.out.printf(Locale.ROOT, "National dataset: seed %d, %,d cases (%,d active), %,d users, ~%,d audit rows%n",
                o.seed(), o.cases(), o.activeCases(), o.users(), o.auditRows());
        SchemaLoad.migrate(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM intake.case_file) "
                     + "+ (SELECT COUNT(*) FROM platform.user_account) + (SELECT COUNT(*) FROM platform.unit)")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new NotEmpty("the database already holds cases, units or users: the generator fills an empty "
                        + "database only (delete " + o.dataDir() + " to start again)");
            }
        }
        long tRef = System.nanoTime();
        referenceData();
        System.out.printf(Locale.ROOT, "National dataset: reference data (%,d municipalities, %,d units, protocol) in %.1f s%n",
                municipalities.size(), units.size(), secs(tRef));

        List<SchemaLoad.Deferred> deferred;
        try (Connection c = ds.getConnection()) {
            deferred = SchemaLoad.deferrable(c);
            SchemaLoad.drop(c, deferred);
        }
        long planned = o.cases() * 24L + o.auditRows() + o.users();
        long tLoad = System.nanoTime();
        Map<String, Long> rows;
        try (Progress progress = new Progress(streamed, planned)) {
            progress.phase("COPY");
            rows = bulk();
        }
        System.out.printf(Locale.ROOT, "National dataset: streamed %,d rows in %.1f s%n", streamed.get(), secs(tLoad));

        long tIdx = System.nanoTime();
        System.out.println("National dataset: re-creating " + deferred.size()
                + " indexes and foreign keys from the migrations' definitions ...");
        SchemaLoad.restore(ds, deferred);
        List<String> sequences;
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            SchemaLoad.verifyRestored(c, deferred);
            sequences = SchemaLoad.advanceSequences(c, o.cases(), personRef);
            st.execute("ANALYZE");
            st.execute("CHECKPOINT");
        }
        System.out.printf(Locale.ROOT, "National dataset: indexes, constraints, sequences and statistics in %.1f s%n",
                secs(tIdx));
        double total = secs(t0);
        double load = loadAverage();
        System.out.println();
        System.out.println("National dataset: rows per table");
        rows.forEach((t, n) -> System.out.printf(Locale.ROOT, "  %-32s %,14d%n", t, n));
        System.out.printf(Locale.ROOT, "  active cases by level: no apreciado %,d, bajo %,d, medio %,d, alto %,d, extremo %,d%n",
                activeByLevel[0], activeByLevel[1], activeByLevel[2], activeByLevel[3], activeByLevel[4]);
        System.out.printf(Locale.ROOT, "National dataset: done in %.1f s (%.1f min); load average %.2f on %d cores%n",
                total, total / 60, load, Runtime.getRuntime().availableProcessors());
        System.out.println("National dataset: accounts: agente.<unit code>.<n>, supervisor.<unit code>, regional.<ccaa>.<n>,"
                + " adhesion.<ccaa>.<n>, admin.nacional; password for all: " + PASSWORD);
        return new Report(rows, total, load, sequences);
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    // --- reference data ---------------------------------------------------------------------------------------

    void referenceData() throws Exception {
        // the municipal registry exactly as the application loads it on first start
        municipalities = readRegistry("es/viogen/municipal/registry/municipios-es.csv");
        List<RegistryRow> cyl = readRegistry("es/viogen/municipal/registry/municipios-cyl.csv");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            RegistryStore.Summary s1 = RegistryStore.upsert(c, municipalities, n -> { });
            RegistryStore.Summary s2 = RegistryStore.upsert(c, cyl, n -> { });
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO municipal.import_run (file_name, started_by, "
                    + "started_at, finished_at, rows_read, added, updated, unchanged, summary, status) "
                    + "VALUES (?, 'system', now(), now(), ?, ?, ?, ?, ?, 'DONE')")) {
                ps.setString(1, "municipios-es.csv + municipios-cyl.csv");
                ps.setInt(2, s1.read() + s2.read());
                ps.setInt(3, s1.added() + s2.added());
                ps.setInt(4, s2.updated());
                ps.setInt(5, s2.unchanged());
                ps.setString(6, "Carga inicial: INE padrón 2024 (España) + 2025 (Castilla y León) — generador nacional");
                ps.executeUpdate();
            }
            c.commit();
        }
        Map<String, Integer> cylPop = new HashMap<>();
        cyl.forEach(r -> cylPop.put(r.ineCode(), r.population()));
        municipalityCdf = new double[municipalities.size()];
        double sum = 0;
        for (int i = 0; i < municipalities.size(); i++) {
            RegistryRow m = municipalities.get(i);
            sum += cylPop.getOrDefault(m.ineCode(), m.population());
            municipalityCdf[i] = sum;
        }
        for (int i = 0; i < municipalityCdf.length; i++) {
            municipalityCdf[i] /= sum;
        }
        installProtocol();
        buildUnits();
        passwordHash = hashPassword(PASSWORD);
    }

    private static List<RegistryRow> readRegistry(String resource) throws Exception {
        try (InputStream in = NationalDataset.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return RegistryCsv.read(in);
        }
    }

    /** The catalogue as the measures module installs it at startup (same statements as its ProtocolStore). */
    void installProtocol() throws SQLException {
        ProtocolDefinition d = CatalogueFile.loadAll(NationalDataset.class.getClassLoader()).get(0);
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO measures.protocol_version (code, title, "
                    + "effective_from, due_soon_hours, order_notice_days) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, d.code());
                ps.setString(2, d.title());
                ps.setDate(3, java.sql.Date.valueOf(d.effectiveFrom()));
                ps.setInt(4, d.dueSoonHours());
                ps.setInt(5, d.orderNoticeDays());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    protocolId = rs.getLong(1);
                }
            }
            for (var e : d.reassessment().entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO measures.reassessment_policy (protocol_id, "
                        + "level, max_interval_minutes, grace_minutes) VALUES (?, ?, ?, ?)")) {
                    ps.setLong(1, protocolId);
                    ps.setString(2, e.getKey().name());
                    ps.setInt(3, (int) e.getValue().maxInterval().toMinutes());
                    ps.setInt(4, (int) e.getValue().grace().toMinutes());
                    ps.executeUpdate();
                }
                interval.put(e.getKey(), e.getValue().maxInterval());
            }
            int pos = 0;
            for (ProtocolDefinition.MeasureDefinition m : d.measures()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO measures.catalogue_measure (protocol_id, code, "
                        + "min_level, kind, frequency_hours, name_key, name, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "RETURNING id")) {
                    ps.setLong(1, protocolId);
                    ps.setString(2, m.code());
                    ps.setString(3, m.minLevel().name());
                    ps.setString(4, m.kind().name());
                    ps.setObject(5, m.frequencyHours(), java.sql.Types.INTEGER);
                    ps.setString(6, m.nameKey());
                    ps.setString(7, m.name());
                    ps.setInt(8, pos++);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        catalogue.put(m.code(), new long[]{rs.getLong(1), m.minLevel().ordinal(),
                                m.frequencyHours() == null ? -1 : m.frequencyHours(), m.kind().ordinal()});
                        catalogueCodes.add(m.code());
                    }
                }
            }
            pos = 0;
            for (ProtocolDefinition.SafetyItemDefinition s : d.safetyPlan()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO measures.safety_plan_template (protocol_id, "
                        + "code, name_key, name, position) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setLong(1, protocolId);
                    ps.setString(2, s.code());
                    ps.setString(3, s.nameKey());
                    ps.setString(4, s.name());
                    ps.setInt(5, pos++);
                    ps.executeUpdate();
                }
            }
            c.commit();
        }
    }

    /** Payara's own PBKDF2 implementation (Soteria) with the platform's parameters: what the server verifies. */
    static String hashPassword(String password) throws Exception {
        Class<?> impl = Class.forName("org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl");
        jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash h =
                (jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash) impl.getDeclaredConstructor().newInstance();
        h.initialize(PasswordHashing.PARAMETERS);
        String hash = h.generate(password.toCharArray());
        if (!h.verify(password.toCharArray(), hash)) {
            throw new IllegalStateException("the password hash does not verify");
        }
        return hash;
    }

    /**
     * Units: administration; per autonomous community a coordination unit and an adhesion office; per province the
     * Policía Nacional UFAM in its largest municipality; a Policía Nacional comisaría local in every other
     * municipality over 50 000 inhabitants; a Guardia Civil puesto for every group of about six neighbouring
     * municipalities (INE code order within the province) elsewhere; and the integrated local police of about 500
     * adhered municipalities of 5 000 to 150 000 inhabitants.
     */
    void buildUnits() throws SQLException {
        SplittableRandom r = rnd.split();
        Map<String, String> ccaaNames = new TreeMap<>();
        Map<String, List<RegistryRow>> byProvince = new TreeMap<>();
        for (RegistryRow m : municipalities) {
            ccaaNames.put(m.regionCode(), m.regionName());
            byProvince.computeIfAbsent(m.provinceCode(), k -> new ArrayList<>()).add(m);
        }
        addUnit("ADMIN-NACIONAL", "Administración del sistema (nacional)", "ADMINISTRATION", null, null, null, 0);
        ccaaNames.forEach((cc, name) -> {
            regionalUnit.put(cc, units.size());
            addUnit("UCOORD-" + cc, "Unidad de Coordinación, " + name, "REGIONAL_COORDINATION", cc, null, null, 0);
            addUnit("ADH-" + cc, "Adhesiones municipales, " + name, "ADHESION_OFFICE", cc, null, null, 0);
        });
        for (var e : byProvince.entrySet()) {
            List<RegistryRow> ms = e.getValue();
            RegistryRow capital = ms.stream().max((a, b) -> Integer.compare(a.population(), b.population())).orElseThrow();
            coveringUnit.put(capital.ineCode(), units.size());
            addUnit("UFAM-" + e.getKey(), "UFAM Comisaría Provincial de " + capital.name() + " (Policía Nacional)",
                    "NATIONAL_POLICE", capital.regionCode(), capital.provinceCode(), capital.ineCode(), capital.population());
            List<RegistryRow> rest = new ArrayList<>();
            for (RegistryRow m : ms) {
                if (m == capital) {
                    continue;
                }
                if (m.population() >= 50_000) {
                    coveringUnit.put(m.ineCode(), units.size());
                    addUnit("PN-" + m.ineCode(), "Comisaría Local de " + m.name() + " (Policía Nacional)", "NATIONAL_POLICE",
                            m.regionCode(), m.provinceCode(), m.ineCode(), m.population());
                } else {
                    rest.add(m);
                }
            }
            for (int i = 0; i < rest.size(); i += 6) {
                List<RegistryRow> group = rest.subList(i, Math.min(rest.size(), i + 6));
                RegistryRow seat = group.stream().max((a, b) -> Integer.compare(a.population(), b.population())).orElseThrow();
                int idx = units.size();
                double w = 0;
                for (RegistryRow m : group) {
                    coveringUnit.put(m.ineCode(), idx);
                    w += m.population();
                }
                addUnit("GC-" + seat.ineCode(), "Puesto de la Guardia Civil de " + seat.name(), "GUARDIA_CIVIL",
                        seat.regionCode(), seat.provinceCode(), seat.ineCode(), w);
            }
            for (RegistryRow m : ms) {
                if (m.population() >= 5_000 && m.population() <= 150_000 && r.nextDouble() < 0.40) {
                    localPolice.put(m.ineCode(), units.size());
                    integratedAt.put(m.ineCode(), Instant.parse("2010-01-01T00:00:00Z")
                            .plus(r.nextInt(14 * 365), ChronoUnit.DAYS));
                    addUnit("PL-" + m.ineCode(), "Policía Local de " + m.name(), "LOCAL_POLICE", m.regionCode(),
                            m.provinceCode(), m.ineCode(), m.population() * 0.35);
                }
            }
        }
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO platform.unit (id, code, name, kind, region_code, "
                    + "province_code, municipality_code, active) VALUES (?, ?, ?, ?, ?, ?, ?, true)")) {
                for (UnitRow u : units) {
                    ps.setLong(1, u.id());
                    ps.setString(2, u.code());
                    ps.setString(3, u.name());
                    ps.setString(4, u.kind());
                    ps.setString(5, u.region());
                    ps.setString(6, u.province());
                    ps.setString(7, u.ine());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            // the integrated local police: adhesion (integrated), its history and a signed agreement
            long adhesion = 0;
            try (PreparedStatement ad = c.prepareStatement("INSERT INTO municipal.adhesion (id, ine_code, status, "
                    + "status_since, local_police_unit_id, max_level, integrated_at) VALUES (?, ?, 'INTEGRATED', ?, ?, 'MEDIO', ?)");
                 PreparedStatement tr = c.prepareStatement("INSERT INTO municipal.adhesion_transition (adhesion_id, "
                         + "from_status, to_status, effective_on, recorded_at, actor) VALUES (?, ?, ?, ?, ?, 'generador')");
                 PreparedStatement ag = c.prepareStatement("INSERT INTO municipal.agreement (adhesion_id, signed_on, "
                         + "term_years, expires_on, renewal_due, max_level, reference, recorded_by, recorded_at) "
                         + "VALUES (?, ?, 4, ?, ?, 'MEDIO', ?, 'generador', ?)")) {
                for (var e : new TreeMap<>(localPolice).entrySet()) {
                    Instant at = integratedAt.get(e.getKey());
                    java.sql.Timestamp ts = java.sql.Timestamp.from(at);
                    ad.setLong(1, ++adhesion);
                    ad.setString(2, e.getKey());
                    ad.setTimestamp(3, ts);
                    ad.setLong(4, units.get(e.getValue()).id());
                    ad.setTimestamp(5, ts);
                    ad.addBatch();
                    String[] steps = {"NOT_STARTED", "REQUESTED", "AGREEMENT_IN_PREPARATION", "SIGNED", "TRAINING", "INTEGRATED"};
                    for (int s = 1; s < steps.length; s++) {
                        Instant when = at.minus((steps.length - 1 - s) * 30L, ChronoUnit.DAYS);
                        tr.setLong(1, adhesion);
                        tr.setString(2, steps[s - 1]);
                        tr.setString(3, steps[s]);
                        tr.setDate(4, java.sql.Date.valueOf(LocalDate.ofInstant(when, ZoneOffset.UTC)));
                        tr.setTimestamp(5, java.sql.Timestamp.from(when));
                        tr.addBatch();
                    }
                    // the agreement in force: renewed every four years since the signature
                    LocalDate signed = LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(60);
                    while (signed.plusYears(4).isBefore(today)) {
                        signed = signed.plusYears(4);
                    }
                    ag.setLong(1, adhesion);
                    ag.setDate(2, java.sql.Date.valueOf(signed));
                    ag.setDate(3, java.sql.Date.valueOf(signed.plusYears(4)));
                    ag.setDate(4, java.sql.Date.valueOf(signed.plusYears(4).minusMonths(6)));
                    ag.setString(5, "Convenio VioGén " + e.getKey() + "/" + signed.getYear());
                    ag.setTimestamp(6, java.sql.Timestamp.from(signed.atStartOfDay().toInstant(ZoneOffset.UTC)));
                    ag.addBatch();
                }
                ad.executeBatch();
                tr.executeBatch();
                ag.executeBatch();
            }
            c.commit();
        }
    }

    private void addUnit(String code, String name, String kind, String region, String province, String ine, double weight) {
        units.add(new UnitRow(units.size() + 1, code, name, kind, region, province, ine, weight, new int[1]));
    }

    // --- the bulk ---------------------------------------------------------------------------------------------

    private final List<CopyStream> streams = new ArrayList<>();

    private CopyStream open(String table, String columns) throws SQLException {
        Connection c = ds.getConnection();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET synchronous_commit = off");
        }
        CopyStream s = new CopyStream(c, table, columns, streamed);
        streams.add(s);
        return s;
    }

    CopyStream caseFile, victim, aggressor, minor, complaint, incident, inactivation, orderCopy, assessment, caseRisk,
            assessmentOutcome, casePlace, followed, planMeasure, execution, judicialOrder, alert, raisedAlert, users;

    Map<String, Long> bulk() throws Exception {
        long tPool = System.nanoTime();
        AssessmentOutcomes outcomes = new AssessmentOutcomes(o.seed(), List.of("vpr-5.0-vg1.json", "vper-i-4.1-vg1.json",
                "vper-p-4.1-vg1.json", "vpr-5.0-vg2.json", "vper-i-4.1-vg2.json", "vper-p-4.1-vg2.json"),
                Math.max(120, Math.min(800, o.cases() / 100)));
        System.out.printf(Locale.ROOT, "%nNational dataset: scored answer sheets %s in %.1f s%n", outcomes.census(),
                secs(tPool));
        users = open("platform.user_account", "id, username, full_name, password_hash, role, unit_id, active, "
                + "failed_attempts, created_at");
        caseFile = open("intake.case_file", "id, case_number, status, status_reason, status_since, opened_at, "
                + "inactivated_at, supervised_until, unit_id, municipality_code, region_code, province_code, current_level, "
                + "especial_relevancia, ever_especial_relevancia, minors_at_risk, level_assessed_at, "
                + "last_medium_or_above_at, repeat_aggressor, created_by");
        victim = open("intake.victim", "id, case_id, person_ref, first_name, last_name1, last_name2, name_key, "
                + "document_type, document_number, birth_date, nationality, language, phone, address");
        aggressor = open("intake.aggressor", "id, case_id, person_ref, first_name, last_name1, last_name2, name_key, "
                + "document_type, document_number, birth_date, nationality, relationship, cohabiting, weapons_licence, "
                + "whereabouts_known");
        minor = open("intake.minor", "id, case_id, first_name, age, common_child");
        complaint = open("intake.complaint", "id, case_id, atestado_number, filed_at, place, municipality_code, channel, "
                + "summary, recorded_at, recorded_by");
        incident = open("intake.incident", "id, case_id, type, occurred_at, place, description, source, "
                + "requires_reassessment, recorded_at, recorded_by");
        inactivation = open("intake.inactivation", "id, case_id, kind, rule_applied, level_at_decision, "
                + "in_person_contact_on, supervised_until, reasons, decided_at, decided_by");
        orderCopy = open("intake.judicial_order_copy", "order_id, case_id, type, starts_on, ends_on, recorded_at");
        assessment = open("risk.assessment", "id, case_id, case_number, unit_id, kind, status, trigger_kind, trigger_ref, "
                + "due_at, created_at, instrument_code, instrument_version, answers, score, max_score, score_level, "
                + "red_flag_minimum, computed_level, victim_perception_asked, officer_level, override_reason, final_level, "
                + "previous_level, especial_relevancia, h_score, minors_at_risk, minors_vulnerable, confidence, "
                + "low_confidence, follow_up_due, explanation, assessed_at, assessor, assessor_unit_id, "
                + "assessor_unit_name, level_in_force");
        caseRisk = open("risk.case_risk", "case_id, level, level_since, assessments_at_level, especial_relevancia, "
                + "minors_at_risk, minors_vulnerable");
        assessmentOutcome = o.logisticOutcomes() ? open(OutcomeDraws.TABLE, OutcomeDraws.COLUMNS) : null;
        casePlace = open("risk.case_place", "case_id, region_code, province_code, municipality_code, recorded_at");
        followed = open("measures.followed_case", "case_id, case_number, unit_id, region_code, province_code, "
                + "municipality_code, status, level, especial_relevancia, minors_at_risk, protocol_id, last_assessment_id, "
                + "last_assessed_at, reassessment_due, reassessment_reason, reassessment_stage, next_check_at, opened_at");
        planMeasure = open("measures.plan_measure", "id, case_id, catalogue_id, code, kind, frequency_hours, added_at, "
                + "added_for_level, withdrawn_at, withdrawn_for_level, last_executed_at, next_due_at, stage, next_check_at");
        execution = open("measures.measure_execution", "id, plan_measure_id, case_id, executed_at, notes, recorded_by, "
                + "recorded_at");
        judicialOrder = open("measures.judicial_order", "id, case_id, type, court, procedure_number, starts_on, ends_on, "
                + "distance_metres, registered_at, registered_by, expiry_notified");
        alert = open("platform.alert", "id, unit_id, type, severity, record_type, record_id, link, message_key, "
                + "message_args, dedup_key, raised_at, acknowledged_at, acknowledged_by");
        raisedAlert = open("measures.raised_alert", "dedup_key, case_id, unit_id, type, raised_at");
        AuditWriter audit = new AuditWriter(open("platform.audit_log", "id, at, actor, actor_role, actor_unit, action, "
                + "record_type, record_id, purpose, prev_hash, hash, row_hash, seal_seq"));

        generateUsers(audit);
        new CaseGenerator(this, outcomes, audit).all();
        audit.finish();
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("municipal.municipality", (long) municipalities.size());
        rows.put("platform.unit", (long) units.size());
        for (CopyStream s : streams) {
            s.close();
            rows.put(s.table(), s.rows());
        }
        return rows;
    }

    /**
     * 50 000 accounts: administrators, each community's coordination and adhesion staff, a supervisor or more per
     * police unit, and officers in proportion to the population each unit covers. One LOGIN audit row each.
     */
    void generateUsers(AuditWriter audit) {
        SplittableRandom r = rnd.split();
        long id = 0;
        double weight = units.stream().mapToDouble(UnitRow::weight).sum();
        int staff = 5 + regionalUnit.size() * 13;
        int police = (int) units.stream().filter(u -> u.weight() > 0).count();
        int officers = Math.max(police, o.users() - staff - police);
        Instant created = Instant.parse("2024-01-08T08:00:00Z");
        for (UnitRow u : units) {
            int n;
            String role;
            String prefix;
            switch (u.kind()) {
                case "ADMINISTRATION" -> { n = 5; role = "ADMIN"; prefix = "admin."; }
                case "REGIONAL_COORDINATION" -> { n = 10; role = "REGIONAL_UNIT"; prefix = "regional." + u.region() + "."; }
                case "ADHESION_OFFICE" -> { n = 3; role = "ADHESION_MANAGER"; prefix = "adhesion." + u.region() + "."; }
                default -> {
                    n = Math.max(1, (int) Math.round(officers * u.weight() / weight));
                    role = u.kind().equals("LOCAL_POLICE") ? "LOCAL_POLICE_OFFICER" : "POLICE_OFFICER";
                    prefix = "agente." + u.code().toLowerCase(Locale.ROOT) + ".";
                    user(++id, "supervisor." + u.code().toLowerCase(Locale.ROOT), "UNIT_SUPERVISOR", u, r, created, audit);
                }
            }
            u.officers()[0] = n;
            for (int k = 1; k <= n; k++) {
                String name = u.kind().equals("ADMINISTRATION") ? (k == 1 ? "admin.nacional" : "admin." + k) : prefix + k;
                user(++id, name, role, u, r, created, audit);
            }
        }
    }

    private void user(long id, String username, String role, UnitRow u, SplittableRandom r, Instant created,
                      AuditWriter audit) {
        boolean woman = r.nextBoolean();
        String full = (woman ? Names.woman(r) : Names.man(r)) + " " + Names.surname(r) + " " + Names.surname(r);
        users.add(id).add(username).add(full).add(passwordHash).add(role).add(u.id()).add(true).add(0).add(created).end();
        audit.add(created.plusSeconds(id * 7), username, role, u.id(), "LOGIN", null, null, "form login");
    }

    String officer(UnitRow u, SplittableRandom r) {
        return "agente." + u.code().toLowerCase(Locale.ROOT) + "." + (1 + r.nextInt(Math.max(1, u.officers()[0])));
    }

    RegistryRow municipality(SplittableRandom r) {
        double u = r.nextDouble();
        int lo = 0;
        int hi = municipalityCdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (municipalityCdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return municipalities.get(lo);
    }

    static RiskLevel level(double[] weights, SplittableRandom r) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double u = r.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return RiskLevel.values()[i];
            }
        }
        return RiskLevel.values()[weights.length - 1];
    }

    // --- audit: hashed and sealed in order, on a thread of its own ----------------------------------------------

    /** The audit rows, chained as the platform's sealer chains them ({@link AuditChain}), already sealed. */
    static final class AuditWriter {
        private record Event(Instant at, String actor, String role, Long unit, String action, String type, String id,
                             String purpose) {
        }

        private static final Event END = new Event(null, null, null, null, null, null, null, null);
        private final CopyStream out;
        private final BlockingQueue<List<Event>> queue = new ArrayBlockingQueue<>(64);
        private final Thread thread;
        private List<Event> batch = new ArrayList<>(4096);
        private volatile Throwable failure;
        long written;
        String head = AuditChain.GENESIS;

        AuditWriter(CopyStream out) {
            this.out = out;
            this.thread = new Thread(this::drain, "audit-chain");
            this.thread.setDaemon(true);
            this.thread.start();
        }

        void add(Instant at, String actor, String role, Long unit, String action, String type, String id, String purpose) {
            batch.add(new Event(AuditChain.storable(at), actor, role, unit, action, type, id, purpose));
            if (batch.size() == 4096) {
                put(batch);
                batch = new ArrayList<>(4096);
            }
        }

        private void put(List<Event> b) {
            try {
                while (!queue.offer(b, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    if (failure != null) {
                        throw new IllegalStateException("audit chain failed", failure);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void drain() {
            try {
                while (true) {
                    List<Event> b = queue.take();
                    for (Event e : b) {
                        if (e == END) {
                            return;
                        }
                        long id = ++written;
                        String rowHash = AuditChain.contentHash(e.at(), e.actor(), e.role(), e.unit(), e.action(),
                                e.type(), e.id(), e.purpose());
                        String hash = AuditChain.link(head, id, rowHash);
                        out.add(id).add(e.at()).add(e.actor()).add(e.role()).add(e.unit()).add(e.action()).add(e.type())
                                .add(e.id()).add(e.purpose()).add(head).add(hash).add(rowHash).add(id).end();
                        head = hash;
                    }
                }
            } catch (Throwable t) {
                failure = t;
            }
        }

        void finish() throws InterruptedException {
            batch.add(END);
            put(batch);
            thread.join();
            if (failure != null) {
                throw new IllegalStateException("audit chain failed", failure);
            }
        }
    }
}
