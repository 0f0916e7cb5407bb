package es.viogen.app.municipal;

import es.viogen.app.support.Deployments;
import es.viogen.municipal.api.AgreementExpiring;
import es.viogen.municipal.api.CoverageQueries;
import es.viogen.municipal.api.CoverageView;
import es.viogen.municipal.api.LocalPoliceMandates;
import es.viogen.municipal.api.Municipalities;
import es.viogen.municipal.api.MunicipalityIntegrated;
import es.viogen.municipal.boundary.AdhesionDesk;
import es.viogen.municipal.boundary.AgreementExpiryCheck;
import es.viogen.municipal.entity.AdhesionStatus;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.RuleViolation;
import es.viogen.platform.api.Texts;
import es.viogen.platform.api.Units;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In-container (Payara Micro, its own demo database): the registry load, the demo programme state (62 of 71), and the
 * module's events — {@link MunicipalityIntegrated} delivered only after commit (and not at all on rollback),
 * {@link AgreementExpiring} published once however often the check runs.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MunicipalEventsIT {

    private static final Set<String> NINE = Set.of("09410", "24014", "24030", "24070", "24134", "24189", "24209", "47075", "47112");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Madrid"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.wholeApplication().addClass(MunicipalEventRecorder.class).addClass(HandoverProbe.class);
    }

    @Inject
    CoverageQueries coverage;

    @Inject
    Municipalities municipalities;

    @Inject
    LocalPoliceMandates mandates;

    @Inject
    AdhesionDesk desk;

    @Inject
    AgreementExpiryCheck expiryCheck;

    @Inject
    Units units;

    @Inject
    Texts texts;

    @Inject
    es.viogen.intake.boundary.CaseIntake intake;

    @Inject
    es.viogen.intake.api.CaseRiskRecorder riskRecorder;

    @Inject
    HandoverProbe probe;

    private static String dni() {
        int n = java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
    }

    /** A complaint in Íscar owned by its local police. */
    private long iscarCase(long iscarUnit) {
        return localCase(iscarUnit, "47075");
    }

    private long localCase(long unit, String ine) {
        var nc = new es.viogen.intake.api.NewCase(new es.viogen.intake.api.NewComplaint("AT-IS-" + java.util.UUID.randomUUID()
                .toString().substring(0, 8), java.time.Instant.now().minusSeconds(3600), "Domicilio", ine,
                es.viogen.intake.api.ComplaintChannel.VICTIM, "Hechos"),
                new es.viogen.intake.api.NewVictim(new es.viogen.intake.api.PersonIdentity("Inés", "Prueba", null,
                        es.viogen.intake.api.DocumentType.DNI, dni(), LocalDate.of(1991, 2, 3), "española"), "español",
                        false, null, null, null, "C/ Uno", true),
                new es.viogen.intake.api.NewAggressor(new es.viogen.intake.api.PersonIdentity("Luis", "Prueba", null,
                        es.viogen.intake.api.DocumentType.DNI, dni(), LocalDate.of(1989, 5, 6), null),
                        es.viogen.intake.api.Relationship.EX_PARTNER, false, false, true), List.of(), unit);
        return intake.register(Actor.SYSTEM, nc, es.viogen.intake.boundary.CaseIntake.Links.NONE).caseId();
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
    @Order(1)
    void theRegistryAndTheDemoProgrammeAreLoaded() throws Exception {
        assertEquals(8132, count("SELECT COUNT(*) FROM municipal.municipality"));
        assertEquals(2248, count("SELECT COUNT(*) FROM municipal.municipality WHERE region_code = '07' AND population_year = 2025"));
        assertEquals(6493, municipalities.find("47075").orElseThrow().population(), "Íscar, INE 1 Jan 2025");
        CoverageView cyl = coverage.region("07");
        assertEquals(71, cyl.programme());
        assertEquals(62, cyl.integrated());
        assertEquals(87.3, cyl.percentage(), 0.0001);
        assertEquals(NINE, Set.copyOf(cyl.pendingIneCodes()));
        List<CoverageView> provinces = coverage.provinces("07");
        assertEquals(9, provinces.size());
        assertEquals(71, provinces.stream().mapToInt(CoverageView::programme).sum());
        assertEquals("Íscar", municipalities.search("iscar", 5).get(0).name());
    }

    @Test
    @Order(2)
    void integratingBeforeSigningIsRefusedWithAClearMessageAndChangesNothing() throws Exception {
        RuleViolation v = assertThrows(RuleViolation.class,
                () -> desk.transition(Actor.SYSTEM, "24030", AdhesionStatus.INTEGRATED, TODAY, "test"));
        String text = texts.get(v.messageKey(), v.args());
        assertTrue(text.contains("Solicitada") && text.contains("Integrado") && text.contains("convenio"), text);
        assertEquals(1, count("SELECT COUNT(*) FROM municipal.adhesion WHERE ine_code = '24030' AND status = 'REQUESTED'"));
        assertEquals(62, coverage.region("07").integrated());
    }

    @Test
    @Order(3)
    void aRolledBackIntegrationPublishesNothing() throws Exception {
        int before = MunicipalEventRecorder.INTEGRATED.size();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        desk.transition(Actor.SYSTEM, "47075", AdhesionStatus.INTEGRATED, TODAY, "rolled back");
        tx.rollback();
        assertEquals(before, MunicipalEventRecorder.INTEGRATED.size());
        assertEquals(62, coverage.region("07").integrated());
    }

    @Test
    @Order(4)
    void integratingIscarLinksItsLocalPoliceAndPublishesAfterCommit() throws Exception {
        long iscarUnit = units.findByCode("PL-47075").orElseThrow().id();
        assertTrue(mandates.forUnit(iscarUnit).isEmpty(), "no mandate before integration");
        int before = MunicipalEventRecorder.INTEGRATED.size();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        desk.transition(Actor.SYSTEM, "47075", AdhesionStatus.INTEGRATED, TODAY, "integrated by the test");
        assertEquals(before, MunicipalEventRecorder.INTEGRATED.size(), "not delivered before commit");
        tx.commit();
        assertEquals(before + 1, MunicipalEventRecorder.INTEGRATED.size(), "delivered after commit");
        MunicipalityIntegrated e = MunicipalEventRecorder.INTEGRATED.get(before);
        assertEquals("47075", e.ineCode());
        assertEquals(iscarUnit, e.localPoliceUnitId(), "the demo unit PL-47075 is reused, not duplicated");
        assertEquals(1, count("SELECT COUNT(*) FROM platform.unit WHERE code = 'PL-47075'"));
        assertEquals(RiskLevel.MEDIO, mandates.forUnit(iscarUnit).orElseThrow().maxLevel());
        CoverageView cyl = coverage.region("07");
        assertEquals(63, cyl.integrated());
        assertEquals(88.7, cyl.percentage(), 0.0001);
        assertFalse(cyl.pendingIneCodes().contains("47075"));
        assertTrue(municipalities.find("47075").orElseThrow().integrated());
    }

    @Test
    @Order(5)
    void expiringAgreementsRaiseAlertsAndArePublishedOnce() throws Exception {
        long due = count("SELECT COUNT(*) FROM municipal.agreement g JOIN municipal.adhesion a ON a.id = g.adhesion_id "
                + "WHERE a.status IN ('SIGNED','TRAINING','INTEGRATED') AND g.renewal_due <= ?", java.sql.Date.valueOf(TODAY));
        assertTrue(due > 0, "the demo has agreements due for renewal");
        int before = MunicipalEventRecorder.EXPIRING.size();
        int announced = expiryCheck.run(TODAY);
        assertEquals(due, announced);
        assertEquals(before + announced, MunicipalEventRecorder.EXPIRING.size());
        for (AgreementExpiring e : MunicipalEventRecorder.EXPIRING.subList(before, before + announced)) {
            assertFalse(e.expiresOn().minusMonths(6).isAfter(TODAY), "inside the renewal window: " + e);
        }
        long adhesionOffice = units.findByCode("ADH-CYL").orElseThrow().id();
        long alerts = count("SELECT COUNT(*) FROM platform.alert WHERE type = 'AGREEMENT_EXPIRING' AND unit_id = ?", adhesionOffice);
        assertEquals(due, alerts, "one alert per expiring agreement for the adhesion office");
        // a second run (another instance, tomorrow's timer) announces nothing new and raises no duplicate
        assertEquals(0, expiryCheck.run(TODAY));
        assertEquals(before + announced, MunicipalEventRecorder.EXPIRING.size());
        assertEquals(alerts, count("SELECT COUNT(*) FROM platform.alert WHERE type = 'AGREEMENT_EXPIRING' AND unit_id = ?",
                adhesionOffice));
    }

    /**
     * Issue 12, item 4: Íscar (integrated above, agreement up to medio). Its local police owns a medio case; the same
     * case raised to alto belongs to the Valladolid state unit in the transaction that records the level: a rollback
     * undoes both, a commit shows both, with alerts to the two units and the regional unit.
     */
    @Test
    @Order(6)
    void anIscarCaseRaisedToAltoIsOwnedByTheValladolidStateUnitInTheSameTransaction() throws Exception {
        long iscarUnit = units.findByCode("PL-47075").orElseThrow().id();
        long va = units.findByCode("UFAM-VA").orElseThrow().id();
        long regional = units.findByCode("UCVM-CYL").orElseThrow().id();
        long caseId = iscarCase(iscarUnit);
        riskRecorder.levelAssessed(caseId, RiskLevel.MEDIO, false, false, java.time.Instant.now());
        assertEquals(iscarUnit, count("SELECT unit_id FROM intake.case_file WHERE id = ?", caseId), "medio stays local");

        assertThrows(RuntimeException.class, () -> probe.levelThenFail(caseId, RiskLevel.ALTO));
        assertEquals(iscarUnit, count("SELECT unit_id FROM intake.case_file WHERE id = ?", caseId));
        assertEquals("MEDIO", level(caseId), "the rollback took level and owner back together");
        assertEquals(0, count("SELECT COUNT(*) FROM intake.transfer WHERE case_id = ?", caseId));

        riskRecorder.levelAssessed(caseId, RiskLevel.ALTO, false, false, java.time.Instant.now());
        assertEquals("ALTO", level(caseId));
        assertEquals(va, count("SELECT unit_id FROM intake.case_file WHERE id = ?", caseId), "Policía Nacional, Valladolid");
        assertEquals(1, count("SELECT COUNT(*) FROM intake.transfer WHERE case_id = ? AND status = 'ACCEPTED' "
                + "AND from_unit_id = " + iscarUnit + " AND to_unit_id = " + va, caseId));
        for (long u : new long[]{iscarUnit, va, regional}) {
            assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE type = 'CASE_HANDED_OVER' AND unit_id = " + u
                    + " AND record_id = CAST(? AS varchar)", caseId));
        }
    }

    /**
     * Issue 12, item 4: withdrawing Íscar's adhesion deactivates its local police accounts and hands every case it
     * owns to the state police, in the transaction of the withdrawal.
     */
    @Test
    @Order(7)
    void withdrawingTheAdhesionDeactivatesTheLocalPoliceAndHandsItsCasesOver() throws Exception {
        long iscarUnit = units.findByCode("PL-47075").orElseThrow().id();
        long va = units.findByCode("UFAM-VA").orElseThrow().id();
        long caseId = iscarCase(iscarUnit);
        assertTrue(count("SELECT COUNT(*) FROM platform.user_account WHERE active AND unit_id = ?", iscarUnit) >= 1,
                "local.iscar is active");
        desk.transition(Actor.SYSTEM, "47075", AdhesionStatus.WITHDRAWN, TODAY, "withdrawn by the test");
        assertEquals(0, count("SELECT COUNT(*) FROM platform.user_account WHERE active AND unit_id = ?", iscarUnit));
        assertEquals(va, count("SELECT unit_id FROM intake.case_file WHERE id = ?", caseId));
        assertEquals(0, count("SELECT COUNT(*) FROM intake.case_file WHERE unit_id = ?", iscarUnit), "none left behind");
        assertTrue(mandates.forUnit(iscarUnit).isEmpty());
        es.viogen.platform.api.InvalidInput refused = assertThrows(es.viogen.platform.api.InvalidInput.class,
                () -> iscarCase(iscarUnit));
        assertEquals("responsibleUnitId", refused.fieldErrors().get(0).field());
    }

    /**
     * Issue 12, item 4: an integrated town whose agreement expires (Medina del Campo here) loses its mandate once: the
     * daily check hands its cases to the state police.
     */
    @Test
    @Order(8)
    void anExpiredAgreementHandsTheLocalPoliceCasesOverOnce() throws Exception {
        long medina = units.findByCode("PL-47085").orElseThrow().id();
        long va = units.findByCode("UFAM-VA").orElseThrow().id();
        assertTrue(mandates.forUnit(medina).isPresent());
        long caseId = localCase(medina, "47085");
        try (Connection c = ((DataSource) InitialContext.doLookup("java:app/jdbc/viogen")).getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE municipal.agreement SET expires_on = ?, renewal_due = ? "
                     + "WHERE adhesion_id = (SELECT id FROM municipal.adhesion WHERE ine_code = '47085')")) {
            ps.setObject(1, TODAY);
            ps.setObject(2, TODAY.minusMonths(6));
            ps.executeUpdate();
        }
        assertTrue(mandates.forUnit(medina).isEmpty(), "an expired agreement is no mandate");
        expiryCheck.run(TODAY);
        assertEquals(va, count("SELECT unit_id FROM intake.case_file WHERE id = ?", caseId));
        assertEquals(1, count("SELECT COUNT(*) FROM municipal.mandate_end WHERE unit_id = ?", medina));
        expiryCheck.run(TODAY);
        assertEquals(1, count("SELECT COUNT(*) FROM intake.transfer WHERE case_id = ?", caseId), "handed over once");
        assertEquals(0, count("SELECT COUNT(*) FROM intake.case_file WHERE unit_id = ?", medina));
    }

    private static String level(long caseId) throws Exception {
        DataSource ds = InitialContext.doLookup("java:app/jdbc/viogen");
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT current_level FROM intake.case_file WHERE id = ?")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
