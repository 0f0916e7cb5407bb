package es.viogen.statistics.boundary;

import es.viogen.intake.api.CaseStatistics;
import es.viogen.municipal.api.IntegrationStatistics;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.AuditAction;
import es.viogen.platform.api.AuditLog;
import es.viogen.platform.api.ClusterLock;
import es.viogen.platform.api.CurrentActor;
import es.viogen.platform.api.MonthlyCount;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.Territory;
import es.viogen.risk.api.RiskStatistics;
import es.viogen.statistics.control.MonthFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.logging.Logger;

/**
 * Monthly statistics snapshots: built once per month from the modules' histories (intake's {@link CaseStatistics},
 * risk's {@link RiskStatistics}, municipal's {@link IntegrationStatistics}, all set-based), stored as province cells
 * in {@code statistics.snapshot_cell} and never rebuilt: a month already written is skipped, and the table's triggers
 * refuse any change. Builds are serialised across the cluster ({@link ClusterLock}, held until the build commits), so
 * two instances never write the same month. Reads are for an area the actor may see and are audited.
 */
@ApplicationScoped
public class MonthlySnapshots {

    static final ClusterLock BUILD_LOCK = ClusterLock.named("statistics.snapshot-build");
    private static final Logger LOG = Logger.getLogger(MonthlySnapshots.class.getName());
    /** The first month VioGén was live (Instrucción 10/2007, 26 July 2007). */
    public static final YearMonth FIRST = YearMonth.of(2007, 7);

    @PersistenceContext(unitName = "statistics")
    EntityManager em;

    @Inject
    CaseStatistics cases;

    @Inject
    RiskStatistics risk;

    @Inject
    IntegrationStatistics localPolice;

    @Inject
    CurrentActor actor;

    @Inject
    AuditLog audit;

    /** What a build did: the months written now (not those already there) and how long it took. */
    public record Built(List<YearMonth> months, int cells, long millis) {
    }

    /** The last finished month at an instant (Madrid time). */
    public static YearMonth lastFinished(Instant now) {
        return YearMonth.from(now.atZone(MonthlyCount.MADRID)).minusMonths(1);
    }

    /**
     * Builds every month from {@code from} to {@code to} that has no snapshot yet (months not finished are refused),
     * in one transaction, all months' figures gathered by one set-based query per module (the risk levels: one per
     * month). Returns -1 months if another instance is building right now and {@code wait} is false.
     */
    @Transactional
    public Optional<Built> buildMissing(YearMonth from, YearMonth to, String triggerKind, String by, boolean wait) {
        long t0 = System.nanoTime();
        YearMonth last = lastFinished(Instant.now());
        if (to.isAfter(last)) {
            to = last;
        }
        if (from.isBefore(FIRST)) {
            from = FIRST;
        }
        if (wait) {
            BUILD_LOCK.hold(em);
        } else if (!BUILD_LOCK.tryHold(em)) {
            return Optional.empty();
        }
        Set<YearMonth> have = new HashSet<>(months());
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!have.contains(m)) {
                missing.add(m);
            }
        }
        if (missing.isEmpty()) {
            return Optional.of(new Built(List.of(), 0, 0));
        }
        CaseStatistics.Figures figures = cases.monthEnds(missing);
        List<MonthlyCount> all = new ArrayList<>(figures.counts());
        for (YearMonth m : missing) {
            all.addAll(risk.levelsAt(m, figures.active().get(m)));
        }
        all.addAll(risk.assessments(missing));
        all.addAll(localPolice.localPolice(missing));
        long gathered = System.nanoTime();
        int cells = 0;
        for (YearMonth m : missing) {
            List<MonthlyCount> mine = all.stream().filter(c -> c.month().equals(m)).toList();
            cells += write(m, mine, triggerKind, by, (System.nanoTime() - t0) / 1_000_000);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long gatherMillis = (gathered - t0) / 1_000_000;
        int written = cells;
        List<YearMonth> built = List.copyOf(missing);
        LOG.info(() -> "Monthly statistics: " + built.size() + " month(s) " + built.get(0) + ".." + built.get(built.size() - 1)
                + " built (" + triggerKind + "), " + written + " cells, " + millis + " ms (" + gatherMillis + " ms gathering)");
        return Optional.of(new Built(built, cells, millis));
    }

    /** One INSERT for the snapshot and one for all its cells (arrays unnested), in the build's transaction. */
    private int write(YearMonth m, List<MonthlyCount> counts, String triggerKind, String by, long millis) {
        // the same place, metric and dimension may come twice (cases of a province under two region codes): summed
        java.util.Map<String, Long> merged = new java.util.LinkedHashMap<>();
        for (MonthlyCount c : counts) {
            merged.merge(String.join("\u0001", c.regionCode(), c.provinceCode(), c.metric(), c.dimension()), c.value(), Long::sum);
        }
        StringJoiner regions = new StringJoiner(",", "{", "}");
        StringJoiner provinces = new StringJoiner(",", "{", "}");
        StringJoiner metrics = new StringJoiner(",", "{", "}");
        StringJoiner dims = new StringJoiner(",", "{", "}");
        StringJoiner values = new StringJoiner(",", "{", "}");
        merged.forEach((k, v) -> {
            String[] p = k.split("\u0001", -1);
            regions.add('"' + p[0] + '"');
            provinces.add('"' + p[1] + '"');
            metrics.add('"' + p[2] + '"');
            dims.add('"' + p[3] + '"');
            values.add(Long.toString(v));
        });
        em.createNativeQuery("INSERT INTO statistics.snapshot (month, built_at, built_by, trigger_kind, build_millis, cells) "
                        + "VALUES (?1, now(), ?2, ?3, ?4, ?5)")
                .setParameter(1, Date.valueOf(m.atDay(1))).setParameter(2, by).setParameter(3, triggerKind)
                .setParameter(4, millis).setParameter(5, merged.size()).executeUpdate();
        if (!merged.isEmpty()) {
            em.createNativeQuery("INSERT INTO statistics.snapshot_cell (month, region_code, province_code, metric, dimension, value) "
                            + "SELECT ?1, r, p, m, d, v FROM unnest(CAST(?2 AS text[]), CAST(?3 AS text[]), CAST(?4 AS text[]), "
                            + "CAST(?5 AS text[]), CAST(?6 AS bigint[])) AS c(r, p, m, d, v)")
                    .setParameter(1, Date.valueOf(m.atDay(1))).setParameter(2, regions.toString())
                    .setParameter(3, provinces.toString()).setParameter(4, metrics.toString())
                    .setParameter(5, dims.toString()).setParameter(6, values.toString()).executeUpdate();
        }
        return merged.size();
    }

    /** The months that have a snapshot, newest first. */
    @Transactional
    public List<YearMonth> months() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT month FROM statistics.snapshot ORDER BY month DESC").getResultList();
        return rows.stream().map(o -> YearMonth.from(o instanceof LocalDate d ? d : ((Date) o).toLocalDate())).toList();
    }

    /**
     * A month's figures for an area (national: both codes null; a region; a province of it), checked against the
     * actor's territory and audited as a READ of {@code MonthlyStatistics}. Empty when the month has no snapshot.
     */
    @Transactional
    public Optional<MonthFigures> read(YearMonth month, String regionCode, String provinceCode, String purpose) {
        requireArea(regionCode, provinceCode);
        audit.record(AuditAction.READ, "MonthlyStatistics", month + ":" + area(regionCode, provinceCode), purpose);
        return figures(month, regionCode, provinceCode);
    }

    /** The same figures without the audit row, for the months around the one read (comparison, charts). */
    @Transactional
    public Optional<MonthFigures> figures(YearMonth month, String regionCode, String provinceCode) {
        requireArea(regionCode, provinceCode);
        @SuppressWarnings("unchecked")
        List<Object[]> head = em.createNativeQuery("SELECT built_at, trigger_kind FROM statistics.snapshot WHERE month = ?1")
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> cells = em.createNativeQuery("SELECT metric, dimension, sum(value) FROM statistics.snapshot_cell "
                        + "WHERE month = ?1 AND (CAST(?2 AS text) IS NULL OR region_code = ?2) "
                        + "AND (CAST(?3 AS text) IS NULL OR province_code = ?3) GROUP BY metric, dimension")
                .setParameter(1, Date.valueOf(month.atDay(1))).setParameter(2, regionCode).setParameter(3, provinceCode)
                .getResultList();
        Object at = head.get(0)[0];
        Instant builtAt = at instanceof Instant i ? i : at instanceof java.sql.Timestamp ts ? ts.toInstant()
                : at instanceof java.time.OffsetDateTime o ? o.toInstant() : Instant.parse(at.toString());
        return Optional.of(new MonthFigures(month, builtAt, (String) head.get(0)[1], MonthFigures.sum(cells)));
    }

    public static String area(String regionCode, String provinceCode) {
        return provinceCode != null ? "province-" + provinceCode : regionCode != null ? "region-" + regionCode : "national";
    }

    /**
     * Administrators and national partners: any area; a regional unit or a partner of a region: that region and its
     * provinces; a partner of a province: that province. Anything else is refused (403, audited).
     */
    public void requireArea(String regionCode, String provinceCode) {
        Actor a = actor.get();
        Territory t = a.territory();
        boolean ok;
        if (a.hasRole(Role.ADMIN) || a.isSystem()) {
            ok = true;
        } else if (a.hasRole(Role.REGIONAL_UNIT) || a.isPartner()) {
            if (t == null) {
                ok = false;
            } else if (t.isNational()) {
                ok = true;
            } else if (t.provinceCode() != null) {
                ok = t.provinceCode().equals(provinceCode);
            } else {
                ok = t.regionCode().equals(regionCode);
            }
        } else {
            ok = false;
        }
        if (!ok) {
            audit.record(AuditAction.ACCESS_DENIED, "MonthlyStatistics", area(regionCode, provinceCode), "statistics");
            throw new AccessDenied();
        }
    }

    /** The area an actor sees first: her region (or province), or national. */
    public String[] homeArea() {
        Territory t = actor.get().territory();
        if (t == null || t.isNational() || actor.get().hasRole(Role.ADMIN)) {
            return new String[] {null, null};
        }
        return new String[] {t.regionCode(), t.provinceCode()};
    }
}
