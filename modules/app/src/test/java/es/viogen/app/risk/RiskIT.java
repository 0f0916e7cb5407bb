package es.viogen.app.risk;

import es.viogen.app.support.Deployments;
import es.viogen.intake.api.CaseOpened;
import es.viogen.intake.api.CaseStatus;
import es.viogen.intake.api.CaseSummary;
import es.viogen.intake.api.IncidentReported;
import es.viogen.intake.api.IncidentType;
import es.viogen.platform.api.DomainEvents;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.RuleViolation;
import es.viogen.platform.api.Territory;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
import es.viogen.risk.api.RiskAssessed;
import es.viogen.risk.api.RiskQueries;
import es.viogen.risk.api.RiskStatus;
import es.viogen.platform.boundary.EventPublications;
import es.viogen.platform.api.AccessDenied;
import es.viogen.platform.api.InvalidInput;
import es.viogen.risk.boundary.InstrumentLibrary;
import es.viogen.risk.boundary.ModelMonitoring;
import es.viogen.risk.control.ModelMonitoringQueries;
import es.viogen.intake.api.ComplaintAttached;
import es.viogen.intake.api.SeriousIncidentConfirmed;
import es.viogen.risk.boundary.LevelDrops;
import es.viogen.risk.boundary.ReviewRequests;
import es.viogen.risk.boundary.RiskTimeline;
import es.viogen.risk.entity.CaseFlag;
import es.viogen.risk.entity.LevelDrop;
import es.viogen.risk.boundary.RiskAssessments;
import es.viogen.risk.control.AssessmentView;
import es.viogen.risk.control.InstrumentRejected;
import es.viogen.risk.control.Submission;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container (Payara Micro) checks of risk assessment's events in and out: CaseOpened owes a VPR, an incident that
 * requires it owes a VPER now, and submitting publishes RiskAssessed inside the transaction. The test fires intake's
 * events itself and registers its cases with a stand-in of intake's CaseQueries.
 */
@ExtendWith(ArquillianExtension.class)
class RiskIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.wholeApplication().addClasses(TestCaseRegistry.class, TestActor.class, RiskAssessedLog.class,
                RiskAssessedLog.Seen.class);
    }

    @Inject
    DomainEvents caseOpened;

    @Inject
    DomainEvents incidentReported;

    @Inject
    RiskAssessments assessments;

    @Inject
    EventPublications publications;

    @Inject
    InstrumentLibrary library;

    @Inject
    RiskQueries riskQueries;

    @Inject
    Units units;

    @Inject
    LevelDrops drops;

    @Inject
    ReviewRequests reviews;

    @Inject
    RiskTimeline timeline;

    @Inject
    ModelMonitoring monitoring;

    @Inject
    DomainEvents outcomeEvents;

    @AfterEach
    void nobody() {
        TestActor.actAs(Actor.ANONYMOUS);
    }

    private static long newCaseId() {
        return 900_000_000L + ThreadLocalRandom.current().nextLong(1, 99_999_999L);
    }

    private UnitView valladolid() {
        return units.findByCode("UFAM-VA").orElseThrow();
    }

    private long openCase() {
        long caseId = newCaseId();
        UnitView unit = valladolid();
        TestCaseRegistry.register(new CaseSummary(caseId, "VG-T-" + caseId, CaseStatus.ACTIVE, unit.id(),
                new Territory("07", "47", "47186"), null, false, false, Instant.now()));
        caseOpened.publish(new CaseOpened(caseId, "VG-T-" + caseId, unit.id(), "47186", Instant.now()));
        return caseId;
    }

    private void actAsOfficer() {
        UnitView unit = valladolid();
        TestActor.actAs(new Actor("policia.valladolid", "Agente de prueba", Role.POLICE_OFFICER, unit.id(), unit.name(),
                unit.territory(), Set.of()));
    }

    private static Map<String, String> allNo(String prefix, int count, String... yes) {
        Map<String, String> m = new HashMap<>();
        for (int i = 1; i <= count; i++) {
            m.put(String.format("%s%02d", prefix, i), "NO");
        }
        for (String y : yes) {
            m.put(y, "SI");
        }
        return m;
    }

    private static Map<String, String> vpr(String... yes) {
        return allNo("I", 36, yes);
    }

    private static void exec(String sql, Object... params) throws Exception {
        DataSource ds = InitialContext.doLookup("java:app/jdbc/viogen");
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private void actAs(String username, Role role) {
        UnitView unit = role == Role.REGIONAL_UNIT ? units.findByCode("UCVM-CYL").orElseThrow() : valladolid();
        TestActor.actAs(new Actor(username, username, role, unit.id(), unit.name(), unit.territory(), Set.of()));
    }

    /** The periodic form (VG2) all "No", history questions included unless {@code carried}; {@code yes} "Sí". */
    private static Map<String, String> periodic(Set<String> carried, String... yes) {
        Map<String, String> m = allNo("P", 13, yes);
        for (String h : List.of("H01", "H02", "H03", "H04")) {
            if (!carried.contains(h)) {
                m.put(h, "NO");
            }
        }
        return m;
    }

    private static Submission periodicSubmission(Map<String, String> answers, String dropReason) {
        return new Submission(null, null, answers, true, null, null, null, null, dropReason);
    }

    private static long count(String sql, Object... params) throws Exception {
        DataSource ds = InitialContext.doLookup("java:app/jdbc/viogen");
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aNewCaseOwesItsVprToTheResponsibleUnitOnce() throws Exception {
        long caseId = openCase();
        assertEquals(1, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND kind = 'VPR' "
                + "AND status = 'PENDING' AND unit_id = ?", caseId, valladolid().id()));
        caseOpened.publish(new CaseOpened(caseId, "VG-T-" + caseId, valladolid().id(), "47186", Instant.now()));
        assertEquals(1, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ?", caseId), "idempotent");
    }

    private static void sql(String statement) throws Exception {
        DataSource ds = InitialContext.doLookup("java:app/jdbc/viogen");
        try (Connection c = ds.getConnection(); var st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private static String text(String query, long id) throws Exception {
        DataSource ds = InitialContext.doLookup("java:app/jdbc/viogen");
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(query)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void aListenerThatFailsLeavesItsPublicationIncompleteAndTheRelayCompletesItOnce() throws Exception {
        long caseId = newCaseId();
        UnitView unit = valladolid();
        TestCaseRegistry.register(new CaseSummary(caseId, "VG-T-" + caseId, CaseStatus.ACTIVE, unit.id(),
                new Territory("07", "47", "47186"), null, false, false, Instant.now()));
        // the fault: risk's table refuses this case's rows (as a lost connection or a full disk would)
        String fn = "risk.test_refuse_" + caseId;
        sql("CREATE FUNCTION " + fn + "() RETURNS trigger AS $$ BEGIN IF NEW.case_id = " + caseId
                + " THEN RAISE EXCEPTION 'injected fault'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql");
        sql("CREATE TRIGGER test_refuse_" + caseId + " BEFORE INSERT ON risk.assessment FOR EACH ROW EXECUTE FUNCTION "
                + fn + "()");
        try {
            caseOpened.publish(new CaseOpened(caseId, "VG-T-" + caseId, unit.id(), "47186", Instant.now()));
        } finally {
            sql("DROP TRIGGER test_refuse_" + caseId + " ON risk.assessment");
            sql("DROP FUNCTION " + fn + "()");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ?", caseId),
                "the listener failed: nothing owed yet");
        long pub = count("SELECT id FROM platform.event_publication WHERE listener_id = 'risk.vpr-owed-on-case-opened' "
                + "AND payload->>'caseId' = ?", String.valueOf(caseId));
        assertEquals("PENDING", text("SELECT status FROM platform.event_publication WHERE id = ?", pub));
        assertEquals(1, count("SELECT attempts FROM platform.event_publication WHERE id = ?", pub));
        assertEquals("DATABASE", text("SELECT last_error FROM platform.event_publication WHERE id = ?", pub));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.event_publication WHERE id = ? "
                + "AND next_attempt_at > now()", pub), "retried after a backoff, not at once");

        // the relay's pass once the backoff has passed (the scheduler is off in Arquillian deployments)
        long deadline = System.currentTimeMillis() + 30_000;
        while (count("SELECT COUNT(*) FROM platform.event_publication WHERE id = ? AND next_attempt_at <= now()", pub) == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        publications.relayDue(500);
        assertEquals(1, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND kind = 'VPR' "
                + "AND status = 'PENDING'", caseId), "the reaction happened after the retry");
        assertEquals("COMPLETED", text("SELECT status FROM platform.event_publication WHERE id = ?", pub));
        assertEquals(2, count("SELECT attempts FROM platform.event_publication WHERE id = ?", pub));
        assertFalse(publications.deliver(pub), "a completed publication never runs again");
        assertEquals(1, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ?", caseId));
    }

    @Test
    void anIncidentThatRequiresItMakesAVperDueNow() throws Exception {
        long caseId = openCase();
        incidentReported.publish(new IncidentReported(caseId, 1L, IncidentType.OTHER, false, Instant.now(), valladolid().id()));
        assertEquals(0, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND kind = 'VPER_INCIDENT'", caseId));

        Instant before = Instant.now();
        incidentReported.publish(new IncidentReported(caseId, 2L, IncidentType.THREAT, true, Instant.now(), valladolid().id()));
        incidentReported.publish(new IncidentReported(caseId, 2L, IncidentType.THREAT, true, Instant.now(), valladolid().id()));
        assertEquals(1, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND kind = 'VPER_INCIDENT' "
                + "AND status = 'PENDING' AND trigger_ref = 2 AND due_at <= now()", caseId));
        assertTrue(count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND kind = 'VPER_INCIDENT' "
                + "AND due_at >= ?", caseId, java.sql.Timestamp.from(before.minusSeconds(1))) == 1, "due now");
    }

    @Test
    void submittingPublishesRiskAssessedInsideTheTransaction() throws Exception {
        long caseId = openCase();
        actAsOfficer();
        RiskAssessedLog.FIRED.clear();
        RiskAssessedLog.COMMITTED.clear();

        AssessmentView vpr = assessments.submit(caseId, new Submission(null, null, vpr("I36", "I01"), true, null, null,
                null), true);
        assertEquals(RiskLevel.ALTO, vpr.level(), "strangulation: red flag lifts bajo to alto");
        assertEquals(RiskLevel.ALTO, vpr.computedLevel());
        assertEquals(RiskLevel.BAJO, vpr.scoreLevel());
        assertEquals("VPR", vpr.instrumentCode());
        assertEquals("5.0-VG2", vpr.instrumentVersion());

        RiskAssessedLog.Seen seen = RiskAssessedLog.FIRED.stream().filter(s -> s.event().caseId() == caseId)
                .findFirst().orElseThrow();
        assertTrue(seen.insideActiveTransaction(), "fired inside the submitting transaction");
        RiskAssessed e = seen.event();
        assertEquals(vpr.id(), e.assessmentId());
        assertNull(e.previousLevel());
        assertEquals(RiskLevel.ALTO, e.level());
        assertTrue(RiskAssessedLog.COMMITTED.stream().anyMatch(c -> c.assessmentId() == vpr.id()), "and committed");

        assertEquals(1, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND status = 'SUBMITTED' "
                + "AND kind = 'VPR' AND computed_level = 'ALTO' AND final_level = 'ALTO' AND instrument_version = '5.0-VG2' "
                + "AND answers LIKE '%\"I36\":\"SI\"%'", caseId));
        assertEquals(0, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND kind = 'VPR' "
                + "AND status = 'PENDING'", caseId), "the owed VPR was fulfilled");

        // an incident makes a VPER due; submitting it carries the previous level
        incidentReported.publish(new IncidentReported(caseId, 7L, IncidentType.NEW_AGGRESSION, true, Instant.now(),
                valladolid().id()));
        // the strangulation of the VPR is a known fact: H01 is filled in as "Sí"; the other history questions asked
        Map<String, String> vperAnswers = allNo("E", 21, "E02", "E03");
        vperAnswers.putAll(Map.of("H02", "NO", "H03", "NO", "H04", "NO"));
        AssessmentView vper = assessments.submit(caseId, new Submission(null, null, vperAnswers, true,
                null, null, null), true);
        assertEquals(List.of("STRANGULATION"), vper.carriedFacts());
        assertEquals("VPER-I", vper.instrumentCode(), "the owed VPER with incident");
        assertEquals(RiskLevel.EXTREMO, vper.level());
        RiskAssessed second = RiskAssessedLog.FIRED.stream().map(RiskAssessedLog.Seen::event)
                .filter(x -> x.assessmentId() == vper.id()).findFirst().orElseThrow();
        assertEquals(RiskLevel.ALTO, second.previousLevel());
        assertEquals(0, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND status = 'PENDING'", caseId));

        RiskStatus status = riskQueries.current(caseId).orElseThrow();
        assertEquals(RiskLevel.EXTREMO, status.level());
        assertEquals("VPER-I/4.1-VG2", status.instrument());
        assertFalse(status.explanation().isEmpty());
    }

    @Test
    void aLoweringOverrideIsRefusedAndNothingIsStoredOrPublished() throws Exception {
        long caseId = openCase();
        actAsOfficer();
        RiskAssessedLog.FIRED.clear();
        RuleViolation e = assertThrows(RuleViolation.class, () -> assessments.submit(caseId,
                new Submission(null, null, vpr("I36"), true, null, RiskLevel.BAJO, "parece tranquila"), true));
        assertEquals("RISK_OVERRIDE_LOWERING", e.rule());
        assertEquals(0, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND status = 'SUBMITTED'", caseId));
        assertTrue(RiskAssessedLog.FIRED.stream().noneMatch(s -> s.event().caseId() == caseId));

        // raising with a reason is kept apart from the computed level
        AssessmentView raised = assessments.submit(caseId, new Submission(null, null, vpr("I01"), false, null,
                RiskLevel.MEDIO, "amenazas por mensajes que no constan en el atestado"), true);
        assertEquals(RiskLevel.NO_APRECIADO, raised.computedLevel());
        assertEquals(RiskLevel.MEDIO, raised.level());
        assertEquals(1, count("SELECT COUNT(*) FROM risk.assessment WHERE id = ? AND officer_level = 'MEDIO' "
                + "AND computed_level = 'NO_APRECIADO' AND override_reason IS NOT NULL", raised.id()));
        assertEquals(1, count("SELECT COUNT(*) FROM risk.assessment WHERE trigger_ref = ? AND trigger_kind = 'FOLLOW_UP' "
                + "AND status = 'PENDING'", raised.id()), "victim not asked: a follow-up is owed");
    }

    @Test
    void anOfficerOfAnotherUnitCannotAssessTheCase() {
        long caseId = openCase();
        UnitView leon = units.findByCode("UFAM-LE").orElseThrow();
        TestActor.actAs(new Actor("policia.leon", "Otra unidad", Role.POLICE_OFFICER, leon.id(), leon.name(),
                leon.territory(), Set.of()));
        assertThrows(es.viogen.platform.api.AccessDenied.class, () -> assessments.submit(caseId,
                new Submission(null, null, vpr(), true, null, null, null), true));
    }

    @Test
    void aMalformedInstrumentUploadIsRefusedAndChangesNothing() throws Exception {
        TestActor.actAs(new Actor("admin", "Admin", Role.ADMIN, null, null, Territory.NATIONAL, Set.of()));
        String good;
        try (InputStream in = getClass().getResourceAsStream("/es/viogen/risk/instruments/vpr-5.0-vg2.json")) {
            good = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long before = count("SELECT COUNT(*) FROM risk.instrument WHERE code = ?", "VPR");
        String version = "5.0-T" + ThreadLocalRandom.current().nextInt(100_000);
        String bad = good.replace("\"5.0-VG2\"", "\"" + version + "\"").replaceFirst("\"weight\": 2", "\"weight\": -2");
        InstrumentRejected e = assertThrows(InstrumentRejected.class, () -> library.upload(bad));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("$.factors[0].indicators[0].weight")));
        assertEquals(before, count("SELECT COUNT(*) FROM risk.instrument WHERE code = ?", "VPR"), "nothing stored");
        assertEquals(1, count("SELECT COUNT(*) FROM risk.instrument WHERE code = 'VPR' AND current AND version = '5.0-VG2'"));

        // a valid new version becomes current; uploading the old one again makes it current again
        library.upload(good.replace("\"5.0-VG2\"", "\"" + version + "\""));
        assertEquals(1, count("SELECT COUNT(*) FROM risk.instrument WHERE code = 'VPR' AND current AND version = ?", version));
        library.upload(good);
        assertEquals(1, count("SELECT COUNT(*) FROM risk.instrument WHERE code = 'VPR' AND current AND version = '5.0-VG2'"));
        assertEquals(1, count("SELECT COUNT(*) FROM risk.instrument WHERE code = 'VPR' AND current"));
        // a stored version never changes
        InstrumentRejected changed = assertThrows(InstrumentRejected.class, () -> library.upload(
                good.replace("\"5.0-VG2\"", "\"" + version + "\"").replaceFirst("\"weight\": 2", "\"weight\": 3")));
        assertEquals("risk.instrument.error.versionExists", changed.problems().get(0).messageKey());
    }

    @Test
    void aOneStepDropFromMedioIsAppliedWithTheOfficersReasonAndAlerted() throws Exception {
        long caseId = openCase();
        actAsOfficer();
        AssessmentView vpr = assessments.submit(caseId, new Submission(null, null,
                vpr("I03", "I06", "I08", "I09", "I01"), true, null, null, null), true);
        assertEquals(RiskLevel.MEDIO, vpr.level());
        InvalidInput noReason = assertThrows(InvalidInput.class, () -> assessments.submit(caseId,
                periodicSubmission(periodic(Set.of(), "P02"), null), true));
        assertEquals("dropReason", noReason.fieldErrors().get(0).field());
        assertEquals(0, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND kind = 'VPER_PERIODIC' "
                + "AND status = 'SUBMITTED'", caseId), "nothing half-written");

        AssessmentView vper = assessments.submit(caseId, periodicSubmission(periodic(Set.of(), "P02"),
                "Separación consolidada, sin contacto"), true);
        assertEquals(RiskLevel.BAJO, vper.level());
        assertEquals(RiskLevel.BAJO, vper.levelInForce(), "one step from medio: applied with her reason");
        assertEquals("APPLY", vper.dropOutcome());
        assertEquals(RiskLevel.BAJO, riskQueries.current(caseId).orElseThrow().level());
        assertEquals(1, count("SELECT COUNT(*) FROM risk.level_drop WHERE case_id = ? AND status = 'APPLIED' "
                + "AND from_level = 'MEDIO' AND to_level = 'BAJO' AND reason LIKE 'Separación%'", caseId));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE type = 'RISK_LEVEL_DROPPED' AND record_id = ? "
                + "AND unit_id = ?", String.valueOf(caseId), valladolid().id()), "the unit is alerted");
    }

    @Test
    void aDropFromAltoWaitsForASupervisorWhoIsNotTheProposerAndARefusalKeepsTheLevel() throws Exception {
        long caseId = openCase();
        actAsOfficer();
        AssessmentView vpr = assessments.submit(caseId, new Submission(null, null,
                vpr("I03", "I06", "I08", "I09", "I01", "I13", "I17", "I10", "I02"), true, null, null, null), true);
        assertEquals(RiskLevel.ALTO, vpr.level());
        // too early: alto needs 7 days before any drop can be proposed
        actAs("supervisor.valladolid", Role.UNIT_SUPERVISOR);
        AssessmentView early = assessments.submit(caseId, periodicSubmission(periodic(Set.of()), null), true);
        assertEquals("TOO_EARLY", early.dropOutcome());
        assertEquals(RiskLevel.ALTO, early.levelInForce());

        exec("UPDATE risk.case_risk SET level_since = now() - interval '8 days' WHERE case_id = ?", caseId);
        AssessmentView proposed = assessments.submit(caseId, periodicSubmission(periodic(Set.of()),
                "Sin incidencias desde hace semanas"), true);
        assertEquals("NEEDS_APPROVAL", proposed.dropOutcome());
        assertEquals(RiskLevel.ALTO, proposed.levelInForce());
        assertEquals(RiskLevel.NO_APRECIADO, proposed.level());
        long dropId = proposed.dropId();
        assertEquals(RiskLevel.ALTO, riskQueries.current(caseId).orElseThrow().level(), "alto stays in force");
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE type = 'RISK_DROP_PROPOSED' AND record_id = ? "
                + "AND unit_id = ?", String.valueOf(caseId), valladolid().id()), "the unit hears of the proposal");

        // she proposed it: she cannot decide it; an officer cannot either
        RuleViolation own = assertThrows(RuleViolation.class, () -> drops.decide(dropId, true, "ok"));
        assertEquals("RISK_DROP_OWN_PROPOSAL", own.rule());
        actAsOfficer();
        assertThrows(AccessDenied.class, () -> drops.decide(dropId, true, "ok"));
        // the regional unit decides: a reason is required; a refusal keeps alto
        actAs("regional.cyl", Role.REGIONAL_UNIT);
        assertTrue(drops.awaitingMe().stream().anyMatch(d -> d.getId() == dropId), "in the regional inbox");
        assertEquals("reason", assertThrows(InvalidInput.class, () -> drops.decide(dropId, false, " "))
                .fieldErrors().get(0).field());
        LevelDrop refused = drops.decide(dropId, false, "Faltan datos del juzgado");
        assertEquals(LevelDrop.Status.REFUSED, refused.getStatus());
        assertEquals(RiskLevel.ALTO, riskQueries.current(caseId).orElseThrow().level(), "a refusal keeps the level");
        assertEquals(1, count("SELECT COUNT(*) FROM risk.level_drop WHERE id = ? AND status = 'REFUSED' "
                + "AND decided_by = 'regional.cyl' AND decision_reason IS NOT NULL", dropId));
        assertEquals(0, count("SELECT COUNT(*) FROM platform.alert WHERE type = 'RISK_LEVEL_DROPPED' AND record_id = ?",
                String.valueOf(caseId)));
    }

    @Test
    void especialRelevanciaAndKnownFactsStayUntilAPersonLiftsTheFlagWithAReason() throws Exception {
        long caseId = openCase();
        actAsOfficer();
        AssessmentView vpr = assessments.submit(caseId, new Submission(null, null, vpr("I36", "I05"), true, null,
                null, null), true);
        assertTrue(vpr.especialRelevancia());
        assertEquals(RiskLevel.EXTREMO, vpr.level());
        AssessmentView vper = assessments.submit(caseId, periodicSubmission(periodic(Set.of("H01", "H02")), null), true);
        assertEquals(RiskLevel.ALTO, vper.level(), "the strangulation on record holds the periodic form at alto");
        assertTrue(vper.carriedFacts().containsAll(List.of("STRANGULATION", "THREAT_TO_KILL")));
        assertEquals(RiskLevel.EXTREMO, vper.levelInForce());
        assertTrue(riskQueries.current(caseId).orElseThrow().especialRelevancia(), "ER stays set");

        assertEquals("reason", assertThrows(InvalidInput.class, () -> drops.liftFlag(caseId,
                CaseFlag.ESPECIAL_RELEVANCIA, "")).fieldErrors().get(0).field());
        drops.liftFlag(caseId, CaseFlag.ESPECIAL_RELEVANCIA, "Revisado con la fiscalía");
        assertFalse(riskQueries.current(caseId).orElseThrow().especialRelevancia());
        assertEquals(1, count("SELECT COUNT(*) FROM risk.flag_change WHERE case_id = ? AND flag = 'ESPECIAL_RELEVANCIA' "
                + "AND lifted AND changed_by = 'policia.valladolid'", caseId));
        assertTrue(timeline.entriesForCase(caseId).stream().anyMatch(t -> t.kind().equals("FLAG_LIFTED")));
    }

    @Test
    void theVictimsRequestMakesAReassessmentDueNowAndShowsOnTheTimeline() throws Exception {
        long caseId = openCase();
        actAsOfficer();
        assessments.submit(caseId, new Submission(null, null, vpr("I01", "I02"), true, null, null, null), true);
        InvalidInput bad = assertThrows(InvalidInput.class, () -> reviews.recordReviewRequest(caseId,
                LocalDate.now().plusDays(3), "CARRIER_PIGEON", " "));
        assertEquals(Set.of("requestedOn", "channel", "whatChanged"),
                bad.fieldErrors().stream().map(es.viogen.platform.api.FieldError::field).collect(
                        java.util.stream.Collectors.toSet()));
        Instant before = Instant.now();
        long id = reviews.recordReviewRequest(caseId, LocalDate.now(java.time.ZoneId.of("Europe/Madrid")), "PHONE", "Él ha vuelto al barrio");
        assertEquals(1, count("SELECT COUNT(*) FROM risk.assessment WHERE case_id = ? AND status = 'PENDING' "
                + "AND trigger_kind = 'VICTIM_REQUEST' AND trigger_ref = ? AND due_at <= now() AND due_at >= ?",
                caseId, id, java.sql.Timestamp.from(before.minusSeconds(1))), "a VPER is due now");
        assertTrue(timeline.entriesForCase(caseId).stream().anyMatch(t -> t.kind().equals("REVIEW_REQUESTED")
                && t.args().contains("Él ha vuelto al barrio")));
        assertEquals(1, count("SELECT COUNT(*) FROM platform.audit_log WHERE record_type = 'ReviewRequest' "
                + "AND record_id = ?", String.valueOf(id)));
    }

    private static long outcomeDays(long assessmentId, String kind) throws Exception {
        return count("SELECT COALESCE(MAX(days_after), -1) FROM risk.assessment_outcome WHERE assessment_id = ? AND kind = ?",
                assessmentId, kind);
    }

    @Test
    void outcomesAfterAnAssessmentComeFromIntakesEventsOnceAndOnlyWithinTheLongestWindow() throws Exception {
        long caseId = openCase();
        actAsOfficer();
        AssessmentView vpr = assessments.submit(caseId, new Submission(null, null, vpr("I01"), true, null, null,
                null), true);
        Instant at = vpr.assessedAt();
        UnitView unit = valladolid();
        outcomeEvents.publish(new IncidentReported(caseId, 1, IncidentType.NEW_AGGRESSION, true,
                at.plusSeconds(86_400L * 40), unit.id()));
        assertEquals(40, outcomeDays(vpr.id(), "AGGRESSION"));
        // an earlier aggression reported later: the earliest counts; the same event again changes nothing
        outcomeEvents.publish(new IncidentReported(caseId, 2, IncidentType.SERIOUS_INJURY, true,
                at.plusSeconds(86_400L * 12), unit.id()));
        outcomeEvents.publish(new IncidentReported(caseId, 2, IncidentType.SERIOUS_INJURY, true,
                at.plusSeconds(86_400L * 12), unit.id()));
        assertEquals(12, outcomeDays(vpr.id(), "AGGRESSION"));
        assertEquals(-1, outcomeDays(vpr.id(), "SERIOUS"), "serious only once the regional unit confirmed it");
        outcomeEvents.publish(new SeriousIncidentConfirmed(caseId, 2, IncidentType.SERIOUS_INJURY,
                at.plusSeconds(86_400L * 12), Instant.now()));
        assertEquals(12, outcomeDays(vpr.id(), "SERIOUS"));
        // a threat beyond 180 days, an incident that is no outcome, something before the assessment: nothing
        outcomeEvents.publish(new IncidentReported(caseId, 3, IncidentType.THREAT, true,
                at.plusSeconds(86_400L * 181), unit.id()));
        outcomeEvents.publish(new IncidentReported(caseId, 4, IncidentType.VICTIM_MOVED, true,
                at.plusSeconds(86_400L * 3), unit.id()));
        outcomeEvents.publish(new IncidentReported(caseId, 5, IncidentType.BREACH_OF_MEASURE, true,
                at.minusSeconds(3600), unit.id()));
        assertEquals(-1, outcomeDays(vpr.id(), "THREAT"));
        assertEquals(-1, outcomeDays(vpr.id(), "BREACH"));
        outcomeEvents.publish(new ComplaintAttached(caseId, "VG-T-" + caseId, 77, unit.id(), false,
                at.plusSeconds(86_400L * 100)));
        assertEquals(100, outcomeDays(vpr.id(), "COMPLAINT"));
        assertEquals(3, count("SELECT COUNT(*) FROM risk.assessment_outcome WHERE assessment_id = ?", vpr.id()));
    }

    /**
     * A version of its own (a copy of VPR 5.0-VG2, not current), assessments written straight into the table 120 days
     * back (and 5 of 10 days ago, whose windows are open), so the figures are known: in Castilla y León 20 without an
     * outcome at score 5, 10 with an aggression after 20 days at score 40, 10 after 50 days at score 5 — AUC 0.75 in
     * 90 days (0.5 + 0.5 x 0.5), 1.0 in 30 days; in Madrid 12 more with an outcome at score 0, which only the
     * administrator's national figures include (AUC (200 + 100) / (32 x 20) = 0.46875).
     */
    @Test
    void modelMonitoringMeasuresClosedWindowsWithinTheCallersTerritoryAndRefusesOthers() throws Exception {
        String version = "T" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        exec("INSERT INTO risk.instrument (code, version, kind, title, definition, sha256, source, loaded_by, loaded_at, "
                + "current) SELECT code, ?, kind, title, definition, ?, source, 'test', now(), false FROM risk.instrument "
                + "WHERE code = 'VPR' AND version = '5.0-VG2'", version, "test-" + version);
        long unit = valladolid().id();
        class Maker {
            void make(int n, int score, String level, String region, int daysAgo, Integer outcomeAfter) throws Exception {
                for (int i = 0; i < n; i++) {
                    long caseId = newCaseId();
                    exec("INSERT INTO risk.assessment (case_id, unit_id, kind, status, trigger_kind, due_at, created_at, "
                            + "instrument_code, instrument_version, answers, score, max_score, score_level, computed_level, "
                            + "final_level, assessed_at) VALUES (?, ?, 'VPR', 'SUBMITTED', 'CASE_OPENED', now(), now(), 'VPR', ?, "
                            + "'{\"I01\":\"NO_SE_SABE\",\"I02\":\"NO\"}', ?, 100, ?, ?, ?, now() - make_interval(days => ?))",
                            caseId, unit, version, score, level, level, level, daysAgo);
                    exec("INSERT INTO risk.case_place (case_id, region_code, province_code, municipality_code) VALUES (?, ?, ?, NULL)",
                            caseId, region, region.equals("07") ? "47" : "28");
                    if (outcomeAfter != null) {
                        exec("INSERT INTO risk.assessment_outcome (assessment_id, kind, first_at, days_after) SELECT id, "
                                + "'AGGRESSION', assessed_at + make_interval(days => ?), ? FROM risk.assessment WHERE case_id = ?",
                                outcomeAfter, outcomeAfter, caseId);
                    }
                }
            }
        }
        Maker m = new Maker();
        m.make(20, 5, "BAJO", "07", 120, null);
        m.make(10, 40, "ALTO", "07", 120, 20);
        m.make(10, 5, "BAJO", "07", 120, 50);
        m.make(5, 60, "EXTREMO", "07", 10, 2);
        m.make(12, 0, "NO_APRECIADO", "13", 120, 5);

        actAs("regional.cyl", Role.REGIONAL_UNIT);
        ModelMonitoringQueries.Report r = monitoring.report(new ModelMonitoring.Request("VPR", version, 90, null, null,
                null, null, null, null));
        assertEquals(40, r.assessmentsMeasured(), "only closed windows, only Castilla y León");
        assertEquals(20L, r.outcomesObserved());
        assertEquals(0.75, r.auc().value(), 1e-12);
        assertTrue(r.auc().lower() < 0.75 && r.auc().upper() > 0.75);
        assertEquals(45, r.assessmentsSubmitted(), "the distribution counts every submitted assessment");
        assertEquals(30, r.levelDistribution().get(RiskLevel.BAJO.ordinal()).assessments());
        ModelMonitoringQueries.UnknownShare i01 = r.unknownShares().stream().filter(u -> u.indicator().equals("I01"))
                .findFirst().orElseThrow();
        assertEquals(1.0, i01.share(), 1e-12);
        assertNull(r.brier(), "no outcome model declared for this version");
        // calibration: bajo 30 assessments, 10 outcomes (rate 1/3); alto 10 of 10; extremo's window is still open
        assertEquals(10L, r.calibration().get(RiskLevel.BAJO.ordinal()).outcomes());
        assertEquals(1.0 / 3, r.calibration().get(RiskLevel.BAJO.ordinal()).observedRate(), 1e-12);
        assertTrue(r.calibration().get(RiskLevel.EXTREMO.ordinal()).small());

        ModelMonitoringQueries.Report thirty = monitoring.report(new ModelMonitoring.Request("VPR", version, 30, "ANY",
                null, null, null, null, null));
        assertEquals(1.0, thirty.auc().value(), 1e-12, "the score-5 outcomes came after 50 days");
        ModelMonitoringQueries.Report serious = monitoring.report(new ModelMonitoring.Request("VPR", version, 90,
                "SERIOUS", null, null, null, null, null));
        assertTrue(serious.small());
        assertNull(serious.auc());
        assertNull(serious.outcomesObserved(), "a small cell shows no count");
        ModelMonitoringQueries.Report gc = monitoring.report(new ModelMonitoring.Request("VPR", version, 90, null, null,
                null, "GUARDIA_CIVIL", null, null));
        assertEquals(0, gc.assessmentsMeasured(), "Valladolid's UFAM is Policía Nacional");

        actAs("admin", Role.ADMIN);
        ModelMonitoringQueries.Report national = monitoring.report(new ModelMonitoring.Request("VPR", version, 90, null,
                null, null, null, null, null));
        assertEquals(52, national.assessmentsMeasured());
        assertEquals(0.46875, national.auc().value(), 1e-12);
        assertEquals(40, monitoring.report(new ModelMonitoring.Request("VPR", version, 90, null, null, null, null,
                "07", null)).assessmentsMeasured(), "the administrator narrows to a region");

        InvalidInput bad = assertThrows(InvalidInput.class, () -> monitoring.report(new ModelMonitoring.Request("VPR",
                version, 45, "SOMETHING", null, null, "FIRE_BRIGADE", null, null)));
        assertEquals(Set.of("window", "outcome", "unitKind"), bad.fieldErrors().stream().map(e -> e.field())
                .collect(java.util.stream.Collectors.toSet()));

        actAsOfficer();
        long denied = count("SELECT COUNT(*) FROM platform.audit_log WHERE record_type = 'ModelMonitoring' "
                + "AND record_id = ? AND action = 'ACCESS_DENIED'", "VPR/" + version);
        assertThrows(AccessDenied.class, () -> monitoring.report(new ModelMonitoring.Request("VPR", version, 90, null,
                null, null, null, null, null)));
        assertEquals(denied + 1, count("SELECT COUNT(*) FROM platform.audit_log WHERE record_type = 'ModelMonitoring' "
                + "AND record_id = ? AND action = 'ACCESS_DENIED'", "VPR/" + version));
        assertTrue(count("SELECT COUNT(*) FROM platform.audit_log WHERE record_type = 'ModelMonitoring' "
                + "AND record_id = ? AND action = 'READ' AND actor = 'regional.cyl'", "VPR/" + version) >= 4,
                "every read audited");
    }
}
