package es.viogen.municipal.boundary;

import es.viogen.platform.api.ClusterLock;
import es.viogen.municipal.api.Municipalities;
import es.viogen.municipal.api.MunicipalityView;
import es.viogen.municipal.control.RegistryCsv;
import es.viogen.municipal.control.RegistryRow;
import es.viogen.municipal.control.RegistryStore;
import es.viogen.municipal.entity.ImportRun;
import es.viogen.municipal.entity.Municipality;
import es.viogen.platform.api.AccessScope;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.PlatformReady;
import es.viogen.platform.api.RecordNotFound;
import es.viogen.platform.api.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.logging.Logger;

/**
 * The INE municipality registry: loaded from the bundled CSV files on first start (all Spain 2024, then the Castilla y
 * León 2025 populations), re-imported by administrators, queried by the other modules.
 */
@ApplicationScoped
public class MunicipalRegistry implements Municipalities {

    static final String SPAIN_FILE = "es/viogen/municipal/registry/municipios-es.csv";
    static final String CYL_FILE = "es/viogen/municipal/registry/municipios-cyl.csv";
    private static final ClusterLock LOAD_LOCK = ClusterLock.named("municipal.registry-load");
    private static final Logger LOG = Logger.getLogger(MunicipalRegistry.class.getName());
    private static final String FOLD_FROM = "áéíóúüñàèìòùâêîôûçÁÉÍÓÚÜÑÀÈÌÒÙÂÊÎÔÛÇ";
    private static final String FOLD_TO = "aeiouunaeiouaeioucaeiouunaeiouaeiouc";

    @PersistenceContext(unitName = "municipal")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    AuditLog audit;

    /** First start (any mode): loads the bundled registry if the table is empty. Before demo data (priority 150). */
    @Transactional
    public void onReady(@Observes @Priority(150) PlatformReady ready) {
        LOAD_LOCK.hold(em);
        try (Connection c = dataSource().getConnection()) {
            if (RegistryStore.count(c) > 0) {
                return;
            }
            long t0 = System.nanoTime();
            List<RegistryRow> spain = read(SPAIN_FILE);
            RegistryStore.Summary s1 = RegistryStore.upsert(c, spain, n -> { });
            List<RegistryRow> cyl = read(CYL_FILE);
            RegistryStore.Summary s2 = RegistryStore.upsert(c, cyl, n -> { });
            ImportRun run = new ImportRun("municipios-es.csv + municipios-cyl.csv", Actor.SYSTEM.username(), Instant.now());
            run.finish(s1.read() + s2.read(), s1.added() + s2.added(), s2.updated(), s2.unchanged(),
                    "Carga inicial: INE padrón 2024 (España) + 2025 (Castilla y León)", Instant.now());
            em.persist(run);
            LOG.info(() -> String.format("Municipal registry loaded: %d municipalities, %d CyL rows updated to 2025, in %d ms",
                    s1.added(), s2.updated(), (System.nanoTime() - t0) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the municipal registry", e);
        }
    }

    private static List<RegistryRow> read(String resource) {
        InputStream in = MunicipalRegistry.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing bundled registry file " + resource);
        }
        return RegistryCsv.read(in);
    }

    static DataSource dataSource() {
        try {
            return InitialContext.doLookup("java:app/jdbc/viogen");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates an uploaded file; {@link InvalidInput} with the problems if anything is wrong. ADMIN only. */
    public List<RegistryRow> validate(InputStream file) {
        scope.requireRole(Role.ADMIN);
        return RegistryCsv.read(file);
    }

    /** Applies validated rows in one transaction (all or nothing). Runs off the request thread: the actor is given. */
    @Transactional
    public RegistryStore.Summary apply(Actor actor, String fileName, List<RegistryRow> rows, IntConsumer progress) {
        if (actor.role() != Role.ADMIN) {
            throw new es.viogen.platform.api.AccessDenied();
        }
        LOAD_LOCK.hold(em);
        ImportRun run = new ImportRun(fileName, actor.username(), Instant.now());
        try (Connection c = dataSource().getConnection()) {
            RegistryStore.Summary s = RegistryStore.upsert(c, rows, progress);
            run.finish(s.read(), s.added(), s.updated(), s.unchanged(), String.join("\n", s.changes()), Instant.now());
            em.persist(run);
            audit.record(actor, AuditAction.UPDATE, "MunicipalRegistry", fileName,
                    "registry import: " + s.added() + " added, " + s.updated() + " updated");
            return s;
        } catch (SQLException e) {
            throw new IllegalStateException("Registry import failed", e);
        }
    }

    @Transactional
    public List<ImportRun> importRuns() {
        return em.createQuery("SELECT r FROM ImportRun r ORDER BY r.startedAt DESC", ImportRun.class).setMaxResults(20)
                .getResultList();
    }

    @Override
    @Transactional
    public Optional<MunicipalityView> find(String ineCode) {
        if (ineCode == null) {
            return Optional.empty();
        }
        Municipality m = em.find(Municipality.class, ineCode);
        return Optional.ofNullable(m).map(x -> x.view(isIntegrated(x.getIneCode())));
    }

    @Transactional
    public Municipality require(String ineCode) {
        Municipality m = ineCode == null ? null : em.find(Municipality.class, ineCode);
        if (m == null) {
            throw new RecordNotFound("Municipality", ineCode);
        }
        return m;
    }

    @Override
    @Transactional
    public List<MunicipalityView> search(String text, int max) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = fold(text.trim().toLowerCase());
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT ine_code FROM municipal.municipality WHERE ine_code = ?1 OR "
                        + "translate(lower(name), ?2, ?3) LIKE ?4 ORDER BY (translate(lower(name), ?2, ?3) LIKE ?5) DESC, "
                        + "population DESC LIMIT ?6")
                .setParameter(1, text.trim()).setParameter(2, FOLD_FROM).setParameter(3, FOLD_TO)
                .setParameter(4, "%" + escape(folded) + "%").setParameter(5, escape(folded) + "%")
                .setParameter(6, Math.max(1, Math.min(max, 100))).getResultList();
        return codes.stream().map(c -> em.find(Municipality.class, c).view(isIntegrated(c))).toList();
    }

    /** Filtered list for the REST lookup: province, programme membership and computed eligibility (each optional). */
    @Transactional
    public List<Object[]> list(String provinceCode, Boolean programme, Boolean eligible, int max) {
        return list(provinceCode, programme, eligible, null, max);
    }

    /** One row of {@link #list} by INE code, if it exists. */
    @Transactional
    public Optional<Object[]> row(String ineCode) {
        return list(null, null, null, ineCode, 1).stream().findFirst();
    }

    private List<Object[]> list(String provinceCode, Boolean programme, Boolean eligible, String ineCode, int max) {
        StringBuilder sql = new StringBuilder("SELECT m.ine_code, m.name, m.province_code, m.province_name, m.region_code, "
                + "m.region_name, m.population, m.population_year, m.has_local_police, p.included, a.status, m.lat, m.lon "
                + "FROM municipal.municipality m LEFT JOIN municipal.programme_entry p ON p.ine_code = m.ine_code "
                + "LEFT JOIN municipal.adhesion a ON a.ine_code = m.ine_code WHERE 1=1");
        if (provinceCode != null && !provinceCode.isBlank()) {
            sql.append(" AND m.province_code = ?1");
        }
        if (ineCode != null) {
            sql.append(" AND m.ine_code = ?2");
        }
        if (programme != null) {
            sql.append(programme ? " AND p.included IS TRUE" : " AND p.included IS NOT TRUE");
        }
        if (eligible != null) {
            sql.append(eligible ? " AND m.population > 5000 AND m.has_local_police"
                    : " AND NOT (m.population > 5000 AND m.has_local_police)");
        }
        sql.append(" ORDER BY m.population DESC, m.ine_code LIMIT ").append(Math.max(1, Math.min(max, 10000)));
        var q = em.createNativeQuery(sql.toString());
        if (provinceCode != null && !provinceCode.isBlank()) {
            q.setParameter(1, provinceCode.trim());
        }
        if (ineCode != null) {
            q.setParameter(2, ineCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows;
    }

    /** Sets the "has local police" attribute, with its source and date. ADHESION_MANAGER in territory, or ADMIN. */
    @Transactional
    public void declareLocalPolice(String ineCode, boolean has, String source, LocalDate asOf) {
        Municipality m = require(ineCode);
        Actor a = scope.actor();
        if (!(a.hasRole(Role.ADMIN) || a.hasRole(Role.ADHESION_MANAGER) && a.territory() != null
                && a.territory().contains(m.view(false).territory()))) {
            scope.requireRole(Role.ADMIN);
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInput("localPoliceSource", "validation.required");
        }
        if (asOf == null || asOf.isAfter(LocalDate.now())) {
            throw new InvalidInput("localPoliceAsOf", "municipal.localPolice.badDate");
        }
        m.declareLocalPolice(has, source.trim(), asOf);
        audit.record(AuditAction.UPDATE, "Municipality", ineCode, "local police attribute");
    }

    private boolean isIntegrated(String ine) {
        return !em.createNativeQuery("SELECT 1 FROM municipal.adhesion WHERE ine_code = ?1 AND status = 'INTEGRATED'")
                .setParameter(1, ine).getResultList().isEmpty();
    }

    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            int i = FOLD_FROM.indexOf(ch);
            sb.append(i >= 0 ? FOLD_TO.charAt(i) : ch);
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
