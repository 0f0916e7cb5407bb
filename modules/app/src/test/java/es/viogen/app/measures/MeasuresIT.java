package es.viogen.app.measures;

import es.viogen.app.support.Deployments;
import es.viogen.intake.api.CaseOpened;
import es.viogen.intake.api.CaseTransferred;
import es.viogen.intake.api.IncidentReported;
import es.viogen.intake.api.IncidentType;
import es.viogen.measures.api.FollowUpQueries;
import es.viogen.measures.api.MeasureView;
import es.viogen.measures.api.PlanView;
import es.viogen.measures.boundary.FollowUpPass;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.TimelineContribution;
import es.viogen.platform.api.TimelineEntry;
import es.viogen.platform.api.Units;
import es.viogen.risk.api.RiskAssessed;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container (Payara Micro, PostgreSQL): intake's and risk's events drive the protection plan, and two concurrent
 * scheduler passes over the same due items raise each alert exactly once. The events are fired here, so the test
 * does not depend on the intake and risk implementations.
 */
@ExtendWith(ArquillianExtension.class)
class MeasuresIT {

    private static final Map<RiskLevel, Duration> PERIODS = Map.of(RiskLevel.NO_APRECIADO, Duration.ofDays(60),
            RiskLevel.BAJO, Duration.ofDays(30), RiskLevel.MEDIO, Duration.ofDays(15), RiskLevel.ALTO, Duration.ofDays(7),
            RiskLevel.EXTREMO, Duration.ofHours(72));

    @Deployment
    static WebArchive deployment() {
        return Deployments.wholeApplication();
    }

    @Inject
    DomainEvents caseOpened;

    @Inject
    DomainEvents riskAssessed;

    @Inject
    DomainEvents incidentReported;

    @Inject
    DomainEvents caseTransferred;

    @Inject
    FollowUpQueries followUp;

    @Inject
    FollowUpPass pass;

    @Inject
    Units units;

    @Inject
    jakarta.enterprise.inject.Instance<TimelineContribution> timelines;

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:app/jdbc/viogen");
    }

    private static long count(String sql, Object... params) throws Exception {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Set<String> strings(String sql, Object... params) throws Exception {
        Set<String> out = new HashSet<>();
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The catalogue's measures for a level, straight from the loaded data (each level includes those below). */
    private static Set<String> catalogue(RiskLevel level) throws Exception {
        Set<String> out = new HashSet<>();
        for (RiskLevel l : RiskLevel.values()) {
            if (level.isAtLeast(l)) {
                out.addAll(strings("SELECT code FROM measures.catalogue_measure WHERE min_level = ?", l.name()));
            }
        }
        return out;
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    private long openCase(String unitCode, String municipality) {
        long id = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        caseOpened.publish(new CaseOpened(id, "ARQ-" + id, unit(unitCode), municipality, Instant.now().minus(Duration.ofDays(30))));
        return id;
    }

    private void assess(long caseId, RiskLevel previous, RiskLevel level, Instant at) {
        riskAssessed.publish(new RiskAssessed(caseId, ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), previous, level,
                false, false, at));
    }

    private static Set<String> codes(PlanView p) {
        return p.measures().stream().map(MeasureView::code).collect(Collectors.toSet());
    }

    @Test
    void afterAnAssessmentAtEachLevelThePlanHoldsItsMeasuresAndTheReassessmentIsDueAfterItsPeriod() throws Exception {
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (RiskLevel level : RiskLevel.values()) {
            long caseId = openCase("UFAM-VA", "47186");
            assess(caseId, null, level, at);
            PlanView plan = followUp.plan(caseId).orElseThrow();
            assertEquals(level, plan.level());
            assertEquals(catalogue(level), codes(plan), "measures of " + level);
            assertEquals(at.plus(PERIODS.get(level)), plan.reassessmentDue(), "re-assessment due for " + level);
            assertFalse(plan.reassessmentOverdue());
            assertTrue(plan.measures().stream().anyMatch(MeasureView::mandatory));
        }
    }

    @Test
    void raisingAddsMeasuresAndLoweringWithdrawsThemWithHistoryKept() throws Exception {
        long caseId = openCase("UFAM-VA", "47186");
        Instant t0 = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        assess(caseId, null, RiskLevel.BAJO, t0);
        Set<String> bajo = codes(followUp.plan(caseId).orElseThrow());

        assess(caseId, RiskLevel.BAJO, RiskLevel.EXTREMO, t0.plus(Duration.ofDays(1)));
        PlanView extremo = followUp.plan(caseId).orElseThrow();
        assertEquals(catalogue(RiskLevel.EXTREMO), codes(extremo));
        assertTrue(codes(extremo).containsAll(bajo));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ?",
                "LEVEL_RAISED:case:" + caseId + ":%"), "raised to extremo: one alert");

        Instant t2 = t0.plus(Duration.ofDays(3));
        assess(caseId, RiskLevel.EXTREMO, RiskLevel.MEDIO, t2);
        PlanView medio = followUp.plan(caseId).orElseThrow();
        assertEquals(catalogue(RiskLevel.MEDIO), codes(medio));
        assertEquals(t2.plus(Duration.ofDays(15)), medio.reassessmentDue());
        Set<String> aboveMedio = new HashSet<>(catalogue(RiskLevel.EXTREMO));
        aboveMedio.removeAll(catalogue(RiskLevel.MEDIO));
        assertEquals(aboveMedio, strings("SELECT code FROM measures.plan_measure WHERE case_id = ? AND withdrawn_at IS NOT NULL "
                + "AND withdrawn_for_level = 'MEDIO'", caseId), "withdrawn measures are kept, marked withdrawn");
        assertEquals(aboveMedio.size(), count("SELECT COUNT(*) FROM measures.plan_event WHERE case_id = ? "
                + "AND kind = 'MEASURE_WITHDRAWN'", caseId));
        assertEquals(3, count("SELECT COUNT(*) FROM measures.plan_event WHERE case_id = ? AND kind = 'LEVEL_SET'", caseId));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ?",
                "LEVEL_RAISED:case:" + caseId + ":%"), "lowering raises no alert");

        // the case page's timeline gets this module's facts
        List<TimelineEntry> timeline = timelines.stream().flatMap(t -> t.entriesForCase(caseId).stream()).toList();
        assertTrue(timeline.stream().anyMatch(e -> e.kind().equals("MEASURE_WITHDRAWN")
                && String.join(" ", e.args()).contains("Protección permanente de la víctima las 24 horas")), "withdrawn, named");
        List<TimelineEntry> added = timeline.stream().filter(e -> e.kind().equals("MEASURE_ADDED")).toList();
        assertEquals(added.size(), added.stream().map(TimelineEntry::at).distinct().count(),
                "the measures one assessment added make one timeline entry: " + added);
        assertTrue(added.stream().anyMatch(e -> e.textKey().startsWith("timeline.measures.grouped.")
                && Integer.parseInt(e.args().get(0)) > 1), "several measures in one entry, with their count");
        assertTrue(timeline.stream().anyMatch(e -> e.kind().equals("MEASURE_ADDED")
                && e.link().equals("/follow-up/plan.xhtml?case=" + caseId)));
        assertTrue(timeline.stream().anyMatch(e -> e.kind().equals("ALERT")));
    }

    @Test
    void twoConcurrentSchedulerPassesRaiseEachDueAlertExactlyOnce() throws Exception {
        // 30 extremo cases assessed 4 days ago: re-assessment overdue by a day (past the 6 h grace: escalates too),
        // and their recurring measures overdue
        List<Long> cases = new ArrayList<>();
        Instant assessedAt = Instant.now().minus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 30; i++) {
            long caseId = openCase(i % 2 == 0 ? "UFAM-VA" : "UFAM-LE", i % 2 == 0 ? "47186" : "24089");
            assess(caseId, null, RiskLevel.EXTREMO, assessedAt);
            cases.add(caseId);
        }
        Instant now = Instant.now();
        ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<FollowUpPass.Report>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return pass.run(now, 7); // small batches so the two passes interleave
            }));
        }
        start.countDown();
        int raisedByPasses = 0;
        for (Future<FollowUpPass.Report> f : runs) {
            raisedByPasses += f.get(300, TimeUnit.SECONDS).alertsRaised();
        }
        long regional = unit("UCVM-CYL");
        long recurring = count("SELECT COUNT(*) FROM measures.catalogue_measure WHERE frequency_hours <= 96"); // due within the 4 days
        for (long caseId : cases) {
            assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ?",
                    "REASSESSMENT_OVERDUE:case:" + caseId + ":%"), "one overdue alert for case " + caseId);
            assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ? AND unit_id = ?",
                    "REASSESSMENT_ESCALATED:case:" + caseId + ":%", regional), "escalated once, to the regional unit");
            long measureAlerts = count("SELECT COUNT(*) FROM platform.alert a JOIN measures.plan_measure m "
                    + "ON a.dedup_key LIKE 'MEASURE_OVERDUE:measure:' || m.id || ':%' WHERE m.case_id = ?", caseId);
            assertEquals(recurring, measureAlerts, "one overdue alert per recurring measure of case " + caseId);
        }
        long total = count("SELECT COUNT(*) FROM measures.raised_alert WHERE case_id = ANY (?) "
                + "AND type NOT IN ('LEVEL_RAISED')", (Object) cases.toArray(new Long[0]));
        assertTrue(raisedByPasses >= total, "the passes report at least the alerts of these cases");
        assertEquals(total, count("SELECT COUNT(*) FROM platform.alert WHERE record_id = ANY (?) AND type <> 'LEVEL_RAISED'",
                (Object) cases.stream().map(String::valueOf).toArray(String[]::new)), "no duplicate in the inbox");

        FollowUpPass.Report again = pass.run(now, 7);
        assertEquals(0, again.alertsRaised(), "a later pass over the same items raises nothing");
    }

    @Test
    void anIncidentMakesTheReassessmentDueNowAndAPrisonEventRaisesNoSecondAlertHere() throws Exception {
        long caseId = openCase("UFAM-VA", "47186");
        assess(caseId, null, RiskLevel.MEDIO, Instant.now().minus(Duration.ofDays(1)));
        assertFalse(followUp.plan(caseId).orElseThrow().reassessmentOverdue());

        long incident = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        incidentReported.publish(new IncidentReported(caseId, incident, IncidentType.PRISON_RELEASE, true, Instant.now(),
                unit("UFAM-VA")));
        PlanView plan = followUp.plan(caseId).orElseThrow();
        assertNotNull(plan.reassessmentDue());
        assertTrue(!plan.reassessmentDue().isAfter(Instant.now()), "due now");
        // one fact, one alert per recipient: the prison-event operation (partners) alerts the unit and the region
        assertEquals(0, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ?",
                "INCIDENT_REASSESSMENT:incident:" + incident + ":%"));
        assertEquals(0, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ?", "PRISON_EVENT:incident:" + incident + ":%"));

        long threat = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        incidentReported.publish(new IncidentReported(caseId, threat, IncidentType.THREAT, true, Instant.now(), unit("UFAM-VA")));
        // the same event delivered twice raises nothing more
        incidentReported.publish(new IncidentReported(caseId, threat, IncidentType.THREAT, true, Instant.now(), unit("UFAM-VA")));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ?",
                "INCIDENT_REASSESSMENT:incident:" + threat + ":%"), "other incidents: one re-assessment alert");
    }

    @Test
    void afterATransferTheOutstandingAlertsGoToTheNewUnit() throws Exception {
        long caseId = openCase("UFAM-VA", "47186");
        assess(caseId, null, RiskLevel.ALTO, Instant.now().minus(Duration.ofDays(8)));
        pass.run(Instant.now(), 50);
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ? AND unit_id = ?",
                "REASSESSMENT_OVERDUE:case:" + caseId + ":%", unit("UFAM-VA")));

        caseTransferred.publish(new CaseTransferred(caseId, unit("UFAM-VA"), unit("UFAM-LE"), Instant.now()));
        pass.run(Instant.now(), 50);
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ? AND unit_id = ?",
                "REASSESSMENT_OVERDUE:case:" + caseId + ":%", unit("UFAM-LE")), "the new unit is told");
        assertEquals(2, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ?",
                "REASSESSMENT_OVERDUE:case:" + caseId + ":%"), "once per unit");
        assertEquals(unit("UFAM-LE"), count("SELECT unit_id FROM measures.followed_case WHERE case_id = ?", caseId));
    }

    @Test
    void aJudicialOrderAboutToEndRaisesOneAlert() throws Exception {
        long caseId = openCase("UFAM-VA", "47186");
        assess(caseId, null, RiskLevel.BAJO, Instant.now());
        long orderId;
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO measures.judicial_order (case_id, type, court, procedure_number, starts_on, ends_on, "
                        + "distance_metres, registered_at, registered_by) VALUES (?, 'RESTRAINING_DISTANCE', "
                        + "'Juzgado VSM 1 Valladolid', 'OP-1/2026', ?, ?, 500, now(), 'test') RETURNING id")) {
            ps.setLong(1, caseId);
            ps.setObject(2, LocalDate.now().minusMonths(6));
            ps.setObject(3, LocalDate.now().plusDays(3));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                orderId = rs.getLong(1);
            }
        }
        pass.run(Instant.now(), 50);
        pass.run(Instant.now(), 50);
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key LIKE ?",
                "JUDICIAL_ORDER_EXPIRING:order:" + orderId + ":%"));
        assertEquals(1, count("SELECT COUNT(*) FROM measures.judicial_order WHERE id = ? AND expiry_notified", orderId));
    }

    @Test
    void especialRelevanciaRaisesOneAlertWhenItAppears() throws Exception {
        long caseId = openCase("UFAM-VA", "47186");
        assess(caseId, null, RiskLevel.MEDIO, Instant.now().minus(Duration.ofDays(2)));
        riskAssessed.publish(new RiskAssessed(caseId, 11, RiskLevel.MEDIO, RiskLevel.ALTO, true, true,
                Instant.now().minus(Duration.ofDays(1))));
        riskAssessed.publish(new RiskAssessed(caseId, 12, RiskLevel.ALTO, RiskLevel.ALTO, true, true, Instant.now()));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE type = 'ESPECIAL_RELEVANCIA' AND record_id = ?",
                Long.toString(caseId)), "only when it appears");
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE type = 'LEVEL_RAISED' AND record_id = ?",
                Long.toString(caseId)), "medio to alto once; alto to alto not again");
        // an assessment arriving late does not undo a newer one
        riskAssessed.publish(new RiskAssessed(caseId, 10, null, RiskLevel.BAJO, false, false,
                Instant.now().minus(Duration.ofDays(3))));
        assertEquals(RiskLevel.ALTO, followUp.plan(caseId).orElseThrow().level());
    }
}
