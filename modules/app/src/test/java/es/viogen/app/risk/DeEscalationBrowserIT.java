package es.viogen.app.risk;

import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import es.viogen.app.support.TestEnvironment;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Controlled de-escalation end to end against the started WAR and its database: an extremo case (VPR with attempted
 * strangulation and threats to kill, over REST) given an all-"No" periodic VPER keeps extremo and its plan; too early
 * nothing is proposed; later the drop is a proposal that supervisor.valladolid approves on her inbox page; the
 * carried strangulation still holds the new level at alto. Especial relevancia reaches a subscribed court by
 * diligencia and alerts the regional unit.
 */
class DeEscalationBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private static final String VPR_NO = IntStream.rangeClosed(1, 36)
            .mapToObj(i -> String.format("\"I%02d\": \"%s\"", i, i == 36 || i == 5 ? "SI" : "NO"))
            .collect(Collectors.joining(", "));
    /**
     * The periodic form with every question answered "No"; the known facts (H01 strangulation, H02 threats to kill)
     * left out, the history questions not known yet (H03 weapon used, H04 breaches) answered "No".
     */
    private static final String VPER_P_ALL_NO = IntStream.rangeClosed(1, 13)
            .mapToObj(i -> String.format("\"P%02d\": \"NO\"", i)).collect(Collectors.joining(", "))
            + ", \"H03\": \"NO\", \"H04\": \"NO\"";

    static String assessor() throws Exception {
        return RiskCases.assessor();
    }

    static int exec(String sql, Object... params) throws Exception {
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    static long count(String sql, Object... params) throws Exception {
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Cross-module reactions run after the commit (event publication registry): wait for them. */
    static void awaitCount(long expected, String sql, Object... params) throws Exception {
        Instant until = Instant.now().plusSeconds(30);
        long seen = -1;
        while (Instant.now().isBefore(until)) {
            seen = count(sql, params);
            if (seen >= expected) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("expected " + expected + " rows, saw " + seen + ": " + sql);
    }

    private static String planLevel(Api api, long caseId) {
        Api.Reply r = api.get("/api/v1/cases/" + caseId + "/plan");
        assertEquals(200, r.status(), r.body());
        return r.json().getString("level");
    }

    /** The plan follows the level after the assessment commits (its own transaction): wait for it. */
    private static void awaitPlanLevel(Api api, long caseId, String level) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        String seen = null;
        while (Instant.now().isBefore(until)) {
            Api.Reply r = api.get("/api/v1/cases/" + caseId + "/plan");
            if (r.status() == 200) {
                seen = r.json().getString("level");
                if (seen.equals(level)) {
                    return;
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("plan level " + seen + ", expected " + level);
    }

    @Test
    void anExtremoCaseKeepsItsLevelUntilTheSupervisorApprovesTheDropAndTheStrangulationHoldsItAtAlto() throws Exception {
        long caseId = RiskCases.createInValladolid().orElseThrow(() -> new AssertionError("intake creates the case"));
        String client = assessor();
        Api api = Api.demo().as(client, "viogen-demo");
        // the demo court subscribes to diligencias (the partners' own subscription table; the court's token has no
        // events:subscribe scope)
        exec("INSERT INTO partners.subscription (partner_client, event_types, callback_url, signing_secret_sealed, active, "
                + "created_at) VALUES ('juzgado-valladolid', 'DILIGENCIA', 'http://127.0.0.1:9/diligencias', "
                + "'plain:test-secret', true, now())");
        try {
            // VPR: attempted strangulation and threats to kill -> extremo, especial relevancia
            Api.Reply vpr = api.post("/api/v1/cases/" + caseId + "/assessments",
                    "{\"answers\": {" + VPR_NO + "}, \"victimPerceptionAsked\": true}");
            assertEquals(201, vpr.status(), vpr.body());
            assertEquals("EXTREMO", vpr.json().getString("level"));
            assertTrue(vpr.json().getBoolean("especialRelevancia"), "strangulation with threats to kill is ER");
            assertEquals("5.0-VG2", vpr.json().getString("instrumentVersion"));
            awaitPlanLevel(api, caseId, "EXTREMO");
            awaitCount(1, "SELECT COUNT(*) FROM partners.delivery WHERE partner_client = 'juzgado-valladolid' "
                    + "AND event_type = 'DILIGENCIA' AND event_key LIKE ?", "DILIGENCIA:ESPECIAL_RELEVANCIA:case:" + caseId + ":%");
            Thread.sleep(1000);
            assertEquals(1, count("SELECT COUNT(*) FROM partners.delivery WHERE partner_client = 'juzgado-valladolid' "
                    + "AND event_type = 'DILIGENCIA' AND event_key LIKE ?", "DILIGENCIA:ESPECIAL_RELEVANCIA:case:" + caseId + ":%"),
                    "one diligencia to the subscribed court");
            assertEquals(1, count("SELECT COUNT(*) FROM platform.alert a JOIN platform.unit u ON u.id = a.unit_id "
                    + "WHERE u.code = 'UCVM-CYL' AND a.type = 'RISK_ESPECIAL_RELEVANCIA' AND a.record_id = ?",
                    String.valueOf(caseId)), "the regional unit is alerted of especial relevancia");

            // a known fact cannot be answered "No"
            Api.Reply untrue = api.post("/api/v1/cases/" + caseId + "/assessments",
                    "{\"answers\": {" + VPER_P_ALL_NO + ", \"H01\": \"NO\"}, \"victimPerceptionAsked\": true}");
            assertEquals(400, untrue.status(), untrue.body());
            assertTrue(untrue.body().contains("answers.H01"), untrue.body());

            // fifteen seconds later, all "No": too early to propose anything; extremo and its plan stay
            Api.Reply early = api.post("/api/v1/cases/" + caseId + "/assessments",
                    "{\"answers\": {" + VPER_P_ALL_NO + "}, \"victimPerceptionAsked\": true}");
            assertEquals(201, early.status(), early.body());
            JsonObject e = early.json();
            assertEquals("VPER-P", e.getString("instrumentCode"));
            assertEquals("ALTO", e.getString("level"), "the carried strangulation holds the result at alto");
            assertEquals("EXTREMO", e.getString("levelInForce"));
            assertEquals("TOO_EARLY", e.getString("dropOutcome"));
            assertTrue(e.getJsonArray("carriedFacts").toString().contains("STRANGULATION"), e.toString());
            assertEquals(0, count("SELECT COUNT(*) FROM risk.level_drop WHERE case_id = ?", caseId));
            assertEquals("EXTREMO", planLevel(api, caseId));

            // 73 hours later (protocol minimum for extremo: 72 h and two assessments)
            exec("UPDATE risk.case_risk SET level_since = now() - interval '73 hours' WHERE case_id = ?", caseId);
            Api.Reply noReason = api.post("/api/v1/cases/" + caseId + "/assessments",
                    "{\"answers\": {" + VPER_P_ALL_NO + "}, \"victimPerceptionAsked\": true}");
            assertEquals(400, noReason.status(), noReason.body());
            assertTrue(noReason.body().contains("dropReason"), "a drop needs the officer's reason: " + noReason.body());
            Api.Reply proposed = api.post("/api/v1/cases/" + caseId + "/assessments",
                    "{\"answers\": {" + VPER_P_ALL_NO + "}, \"victimPerceptionAsked\": true, "
                            + "\"dropReason\": \"Él vive en otra provincia y no ha habido contacto\"}");
            assertEquals(201, proposed.status(), proposed.body());
            assertEquals("NEEDS_APPROVAL", proposed.json().getString("dropOutcome"));
            assertEquals("EXTREMO", proposed.json().getString("levelInForce"));
            assertEquals("ALTO", proposed.json().getString("level"));
            assertEquals("PENDING", proposed.json().getString("dropStatus"));
            Thread.sleep(1500); // the plan's reaction commits after the assessment
            assertEquals("EXTREMO", planLevel(api, caseId), "until approved, extremo and its measures stay");
            Api.Reply drops = api.get("/api/v1/cases/" + caseId + "/level-drops");
            assertEquals(200, drops.status(), drops.body());
            assertEquals("PENDING", drops.jsonValue().asJsonArray().getJsonObject(0).getString("status"));
            assertEquals(1, count("SELECT COUNT(*) FROM platform.audit_log WHERE record_type = 'LevelDrop' "
                    + "AND action = 'CREATE' AND actor = ?", client), "the proposal is in the audit log");
            assertEquals(0, count("SELECT COUNT(*) FROM measures.plan_event WHERE case_id = ? "
                    + "AND kind = 'MEASURE_WITHDRAWN'", caseId), "nothing withdrawn");

            // the supervisor's inbox: refuse without a reason is refused; approve with a reason
            browser.login("supervisor.valladolid", "viogen-demo");
            browser.find(By.cssSelector("#main-menu .menu-risk-menu-drops")).click();
            browser.waitFor(By.id("d:pending"));
            String caseNumber = proposed.json().getString("caseNumber");
            WebElement row = browser.driver().findElements(By.cssSelector("#d\\:pending tbody tr")).stream()
                    .filter(tr -> tr.getText().contains(caseNumber)).findFirst()
                    .orElseThrow(() -> new AssertionError("the proposal is in the inbox"));
            assertTrue(row.getText().contains("Él vive en otra provincia"), "with the officer's reason");
            row.findElement(By.cssSelector("button[id$=':approve']")).click();
            browser.waitForText(By.id("d:messages"), "motivo");
            row = browser.driver().findElements(By.cssSelector("#d\\:pending tbody tr")).stream()
                    .filter(tr -> tr.getText().contains(caseNumber)).findFirst().orElseThrow();
            row.findElement(By.cssSelector("textarea[id$=':field-reason']")).sendKeys("Comprobado con el juzgado");
            row.findElement(By.cssSelector("button[id$=':approve']")).click();
            browser.waitForText(By.id("d:messages"), "Bajada aprobada");
            assertFalse(browser.find(By.id("d:pending")).getText().contains(caseNumber), "no longer pending");

            awaitPlanLevel(api, caseId, "ALTO");
            Api.Reply after = api.get("/api/v1/cases/" + caseId + "/level-drops");
            JsonObject approved = after.jsonValue().asJsonArray().getJsonObject(0);
            assertEquals("APPROVED", approved.getString("status"));
            assertEquals("supervisor.valladolid", approved.getString("decidedBy"));
            assertEquals(2, count("SELECT COUNT(*) FROM platform.alert WHERE type = 'RISK_LEVEL_DROPPED' "
                    + "AND record_id = ?", String.valueOf(caseId)), "the unit and the regional unit are alerted");
            assertEquals(1, count("SELECT COUNT(*) FROM platform.audit_log WHERE record_type = 'LevelDrop' "
                    + "AND actor = 'supervisor.valladolid' AND action = 'UPDATE'"
                    + " AND record_id = ?", String.valueOf(approved.getJsonNumber("id").longValue())));

            // the case page history shows the level in force
            browser.open("/risk/history.xhtml?case=" + caseId);
            browser.waitFor(By.id("level-in-force"));
            assertEquals("alto", browser.find(By.id("level-in-force")).getText().trim());
            assertTrue(browser.find(By.id("cr:drops")).getText().contains("aprobada"));
        } finally {
            exec("UPDATE partners.subscription SET active = false WHERE partner_client = 'juzgado-valladolid' "
                    + "AND event_types = 'DILIGENCIA'");
        }
    }
}
