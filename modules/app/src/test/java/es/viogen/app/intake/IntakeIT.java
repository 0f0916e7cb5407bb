package es.viogen.app.intake;

import es.viogen.app.support.Deployments;
import es.viogen.app.risk.TestActor;
import es.viogen.intake.boundary.CaseFiles;
import es.viogen.intake.boundary.CaseTransfers;
import es.viogen.intake.control.CaseFilter;
import es.viogen.intake.control.CaseRow;
import es.viogen.measures.boundary.FollowUpDashboards;
import es.viogen.platform.api.Territory;
import es.viogen.risk.boundary.AssessmentHistory;
import org.junit.jupiter.api.AfterEach;
import es.viogen.intake.api.CaseOpened;
import es.viogen.intake.api.CaseQueries;
import es.viogen.intake.api.CaseRef;
import es.viogen.intake.api.CaseRiskRecorder;
import es.viogen.intake.api.CaseSummary;
import es.viogen.intake.api.ComplaintChannel;
import es.viogen.intake.api.DocumentType;
import es.viogen.intake.api.NewAggressor;
import es.viogen.intake.api.NewCase;
import es.viogen.intake.api.NewComplaint;
import es.viogen.intake.api.NewMinor;
import es.viogen.intake.api.NewVictim;
import es.viogen.intake.api.PersonIdentity;
import es.viogen.intake.api.Relationship;
import es.viogen.intake.boundary.CaseIntake;
import es.viogen.platform.api.Actor;
import es.viogen.platform.api.InvalidInput;
import es.viogen.platform.api.RiskLevel;
import es.viogen.platform.api.Role;
import es.viogen.platform.api.UnitView;
import es.viogen.platform.api.Units;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In-container: an intake is one transaction, CaseOpened is seen after commit, risk levels land on the case. */
@ExtendWith(ArquillianExtension.class)
class IntakeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.wholeApplication().addClasses(IntakeEventProbe.class, TestActor.class);
    }

    @Inject
    CaseIntake intake;

    @Inject
    CaseQueries queries;

    @Inject
    CaseRiskRecorder risk;

    @Inject
    Units units;

    @Inject
    es.viogen.intake.control.DuplicateSearch duplicates;

    @Inject
    CaseFiles files;

    @Inject
    CaseTransfers transfers;

    @Inject
    AssessmentHistory assessments;

    @Inject
    FollowUpDashboards dashboards;

    @AfterEach
    void nobody() {
        TestActor.actAs(Actor.ANONYMOUS);
    }

    static String dni() {
        long n = ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        return String.format("%08d%c", n, "TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (n % 23)));
    }

    Actor officer() {
        UnitView va = units.findByCode("UFAM-VA").orElseThrow();
        return new Actor("policia.valladolid", "Agente", Role.POLICE_OFFICER, va.id(), va.name(), va.territory(), Set.of());
    }

    static NewCase newCase(String atestado, String victimDoc, String aggressorDoc) {
        return new NewCase(new NewComplaint(atestado, Instant.now().minus(Duration.ofHours(3)), "Domicilio", "47186",
                ComplaintChannel.VICTIM, "Hechos"),
                new NewVictim(new PersonIdentity("Inés", "Prueba", null, DocumentType.DNI, victimDoc,
                        LocalDate.of(1991, 2, 3), "española"), "español", false, null, null, null, "C/ Uno", true),
                new NewAggressor(new PersonIdentity("Luis", "Prueba", null, DocumentType.DNI, aggressorDoc,
                        LocalDate.of(1989, 5, 6), null), Relationship.EX_PARTNER, false, false, true),
                List.of(new NewMinor("Eva", 3, true, null, null)), null);
    }

    static long count(String sql, String param) throws Exception {
        DataSource ds = InitialContext.doLookup("java:app/jdbc/viogen");
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void anIntakeWritesEverythingAndCaseOpenedIsObservedAfterCommit() throws Exception {
        String atestado = "AT-ARQ-" + UUID.randomUUID().toString().substring(0, 8);
        String victim = dni();
        CaseRef ref = intake.register(officer(), newCase(atestado, victim, dni()), CaseIntake.Links.NONE);

        assertTrue(ref.caseNumber().matches("VG-\\d{4}-\\d{6}"));
        assertEquals(1, count("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", atestado));
        assertEquals(1, count("SELECT COUNT(*) FROM intake.victim WHERE document_number = ?", victim));
        assertEquals(1, count("SELECT COUNT(*) FROM intake.minor WHERE case_id = CAST(? AS bigint)", String.valueOf(ref.caseId())));
        List<CaseOpened> seen = IntakeEventProbe.AFTER_COMMIT.stream().filter(e -> e.caseId() == ref.caseId()).toList();
        assertEquals(1, seen.size(), "CaseOpened delivered once, after commit");
        assertEquals(ref.caseNumber(), seen.get(0).caseNumber());
        assertEquals("47186", seen.get(0).municipalityCode());
        CaseSummary s = queries.find(ref.caseId()).orElseThrow();
        assertEquals(officer().unitId().longValue(), s.unitId());
        assertEquals("47", s.territory().provinceCode());
    }

    @Test
    void aFailingStepRollsBackTheWholeIntakeAndNothingIsPublished() throws Exception {
        String atestado = "AT-ARQ-FAIL-" + UUID.randomUUID().toString().substring(0, 8);
        String victim = dni();
        int before = IntakeEventProbe.AFTER_COMMIT.size();
        int inTxBefore = IntakeEventProbe.IN_TRANSACTION.size();
        IntakeEventProbe.FAIL.set(true);
        try {
            assertThrows(RuntimeException.class,
                    () -> intake.register(officer(), newCase(atestado, victim, dni()), CaseIntake.Links.NONE));
        } finally {
            IntakeEventProbe.FAIL.set(false);
        }
        assertEquals(inTxBefore + 1, IntakeEventProbe.IN_TRANSACTION.size(), "the event was fired inside the transaction");
        assertEquals(0, count("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", atestado));
        assertEquals(0, count("SELECT COUNT(*) FROM intake.victim WHERE document_number = ?", victim));
        assertEquals(0, count("SELECT COUNT(*) FROM intake.case_file WHERE case_number = ?",
                IntakeEventProbe.IN_TRANSACTION.get(IntakeEventProbe.IN_TRANSACTION.size() - 1).caseNumber()));
        assertEquals(before, IntakeEventProbe.AFTER_COMMIT.size(), "no CaseOpened after a rollback");
    }

    @Test
    void invalidInputWritesNothing() throws Exception {
        String atestado = "AT-ARQ-BAD-" + UUID.randomUUID().toString().substring(0, 8);
        String bad = dni().substring(0, 8) + "Ñ";
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> intake.register(officer(), newCase(atestado, bad, dni()), CaseIntake.Links.NONE));
        assertEquals("victim.identity.documentNumber", e.fieldErrors().get(0).field());
        assertEquals(0, count("SELECT COUNT(*) FROM intake.complaint WHERE atestado_number = ?", atestado));
    }

    @Test
    void anAggressorWithCasesAgainstTwoVictimsIsFlaggedOnBoth() throws Exception {
        String aggressor = dni();
        CaseRef first = intake.register(officer(), newCase("AT-R1-" + UUID.randomUUID().toString().substring(0, 8), dni(), aggressor), CaseIntake.Links.NONE);
        assertEquals(0, count("SELECT COUNT(*) FROM intake.case_file WHERE repeat_aggressor AND id = CAST(? AS bigint)",
                String.valueOf(first.caseId())));
        CaseRef second = intake.register(officer(), newCase("AT-R2-" + UUID.randomUUID().toString().substring(0, 8), dni(), aggressor), CaseIntake.Links.NONE);
        for (CaseRef r : List.of(first, second)) {
            assertEquals(1, count("SELECT COUNT(*) FROM intake.case_file WHERE repeat_aggressor AND id = CAST(? AS bigint)",
                    String.valueOf(r.caseId())), "flagged: " + r.caseNumber());
        }
        assertEquals(1, count("SELECT COUNT(DISTINCT person_ref) FROM intake.aggressor WHERE document_number = ?", aggressor),
                "the same document is the same person");
        assertEquals(1, count("SELECT COUNT(*) FROM platform.alert WHERE dedup_key = ?",
                "KNOWN_PERSON_NEW_CASE:case:" + first.caseId() + ":" + second.caseId() + ":AGGRESSOR"),
                "the unit owning the earlier case is told (after commit)");
    }

    @Test
    void levelsFromTheRiskModuleLandOnTheCaseAndOlderOnesDoNotOverwrite() {
        CaseRef ref = intake.register(officer(), newCase("AT-LVL-" + UUID.randomUUID().toString().substring(0, 8), dni(), dni()), CaseIntake.Links.NONE);
        Instant t = Instant.now();
        risk.levelAssessed(ref.caseId(), RiskLevel.ALTO, true, false, t);
        risk.levelAssessed(ref.caseId(), RiskLevel.BAJO, false, false, t.minus(Duration.ofHours(1)));
        CaseSummary s = queries.find(ref.caseId()).orElseThrow();
        assertEquals(RiskLevel.ALTO, s.currentLevel());
        assertTrue(s.especialRelevancia());
        assertFalse(s.minorsAtRisk());
    }

    @Test
    void theSameVictimIsFoundByNameAndBirthDateDespiteAccentsAndAnotherDocument() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20000));
        NewCase base = newCase("AT-DUP-" + suffix, dni(), dni());
        NewVictim v = new NewVictim(new PersonIdentity("María José", "Gómez" + suffix, "Peña", DocumentType.PASSPORT,
                "PAS" + suffix.toUpperCase(), born, null), null, false, null, null, null, null, false);
        CaseRef ref = intake.register(officer(), new NewCase(base.complaint(), v, base.aggressor(), List.of(), null),
                CaseIntake.Links.NONE);

        var found = duplicates.victims(new PersonIdentity("MARIA JOSE", "GOMEZ" + suffix.toUpperCase(), "PENA",
                DocumentType.NONE, null, born, null));
        assertTrue(found.stream().anyMatch(m -> m.getCaseId() == ref.caseId()
                && m.getKind() == es.viogen.intake.control.DuplicateMatch.Kind.NAME_AND_BIRTH_DATE), found.toString());
        assertTrue(duplicates.victims(new PersonIdentity("María José", "Gómez" + suffix, "Peña", DocumentType.NONE, null,
                born.plusDays(1), null)).stream().noneMatch(m -> m.getCaseId() == ref.caseId()), "another birth date");
    }

    private static Actor regional(String name, Territory t) {
        return new Actor(name, "Coordinación", Role.REGIONAL_UNIT, null, "Coordinación", t, Set.of());
    }

    private static Actor officerOf(UnitView u) {
        return new Actor("agente." + u.code(), "Agente", Role.POLICE_OFFICER, u.id(), u.name(), u.territory(), Set.of());
    }

    private static long quietCount(String sql, String param) {
        try {
            return count(sql, param);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void eventually(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(250);
        }
    }

    private Set<Long> intakeList(long caseId) {
        return files.list(new CaseFilter(null, null, null, null, null), null, 0, 200).stream().map(CaseRow::getId)
                .filter(id -> id == caseId).collect(java.util.stream.Collectors.toSet());
    }

    private Set<Long> riskPending(long caseId) {
        return assessments.pending(es.viogen.risk.control.PendingFilter.NONE, 0, 10_000).stream().map(es.viogen.risk.entity.Assessment::getCaseId)
                .filter(id -> id == caseId).collect(java.util.stream.Collectors.toSet());
    }

    private long measuresInProvince(String province) {
        return dashboards.activeByProvinceAndLevel().stream().filter(r -> province.equals(r.provinceCode()))
                .mapToLong(FollowUpDashboards.ProvinceLevelCount::cases).sum();
    }

    /**
     * A case of a town of Valladolid transferred to the León unit stays where it happened: every module's list scopes
     * it by the case's place (intake's case list, risk's pending assessments, measures' dashboard), so a coordination
     * unit of the province of Valladolid sees it in each and one of León in none. Risk used to scope by the owning
     * unit's territory, and showed it to León's and not to Valladolid's.
     */
    @Test
    void theListsOfEveryModuleAgreeOnACaseOfATownTransferredToAnotherUnit() throws Exception {
        UnitView va = units.findByCode("UFAM-VA").orElseThrow();
        UnitView le = units.findByCode("UFAM-LE").orElseThrow();
        TestActor.actAs(officerOf(va));
        CaseRef ref = intake.register(officer(), newCase("AT-TRF-" + UUID.randomUUID().toString().substring(0, 8), dni(), dni()),
                CaseIntake.Links.NONE);
        long caseId = ref.caseId();
        long transfer = transfers.request(caseId, le.id(), null, "La víctima se traslada");
        TestActor.actAs(officerOf(le));
        transfers.accept(caseId, transfer, null);
        eventually("risk owes the VPR at León", () -> quietCount("SELECT COUNT(*) FROM risk.assessment a JOIN risk.case_place p "
                + "ON p.case_id = a.case_id WHERE a.status = 'PENDING' AND a.unit_id = " + le.id()
                + " AND p.province_code = ? AND a.case_id = " + caseId, "47") == 1);
        eventually("measures follows the case", () -> quietCount("SELECT COUNT(*) FROM measures.followed_case WHERE unit_id = "
                + le.id() + " AND municipality_code = ? AND case_id = " + caseId, "47186") == 1);

        // the owning unit (León) sees it everywhere, Valladolid's no longer
        assertEquals(Set.of(caseId), intakeList(caseId));
        assertEquals(Set.of(caseId), riskPending(caseId));
        TestActor.actAs(officerOf(va));
        assertEquals(Set.of(), intakeList(caseId));
        assertEquals(Set.of(), riskPending(caseId));

        // the case's place decides for territories: Valladolid's province sees it, León's does not
        TestActor.actAs(regional("coord.va", Territory.province("07", "47")));
        assertEquals(Set.of(caseId), intakeList(caseId));
        assertEquals(Set.of(caseId), riskPending(caseId), "risk scopes by the case's place, not the unit's");
        assertTrue(measuresInProvince("47") >= 1);
        TestActor.actAs(regional("coord.le", Territory.province("07", "24")));
        assertEquals(Set.of(), intakeList(caseId));
        assertEquals(Set.of(), riskPending(caseId), "León's unit territory no longer decides");
        assertEquals(0, measuresInProvince("47"));

        // administrators read no records about persons in any module
        TestActor.actAs(new Actor("admin", "Admin", Role.ADMIN, null, null, Territory.NATIONAL, Set.of()));
        assertEquals(Set.of(), intakeList(caseId));
        assertEquals(Set.of(), riskPending(caseId));
        assertEquals(0, measuresInProvince("47"));
    }
}
