package es.viogen.app.platform;

import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import es.viogen.app.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static es.viogen.app.intake.IntakeFixtures.caseJson;
import static es.viogen.app.intake.IntakeFixtures.dni;
import static es.viogen.app.intake.IntakeFixtures.unique;
import static es.viogen.app.intake.IntakeFixtures.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator's page of incomplete and given-up event publications, with its replay button. */
class PublicationsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    static long insert(String listener, String type, String payload, boolean critical, String status, int attempts,
                       String error) throws Exception {
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO platform.event_publication (listener_id, event_type, payload, critical, status, attempts, "
                        + "next_attempt_at, last_attempt_at, last_error) VALUES (?, ?, CAST(? AS jsonb), ?, ?, ?, "
                        + "now() + interval '1 hour', now(), ?) RETURNING id")) {
            ps.setString(1, listener);
            ps.setString(2, type);
            ps.setString(3, payload);
            ps.setBoolean(4, critical);
            ps.setString(5, status);
            ps.setInt(6, attempts);
            ps.setString(7, error);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String column(String column, long id) throws Exception {
        try (Connection c = TestEnvironment.get().connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + column + " FROM platform.event_publication WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void anAdministratorSeesWhatIsIncompleteWithPlainErrorsAndReplaysIt() throws Exception {
        Api.Reply created = Api.demo().as("juzgado-valladolid", "viogen-demo").post("/api/v1/cases",
                caseJson(unique("AT-PUB"), Instant.now().minusSeconds(86_400).toString(), "47186", dni(), "Ana", dni(),
                        unitId("UFAM-VA")), Map.of("Idempotency-Key", "pub-" + UUID.randomUUID()));
        assertEquals(201, created.status(), created.body());
        long caseId = created.json().getJsonNumber("id").longValue();
        String caseNumber = created.json().getString("caseNumber");
        // a reaction that failed three times (waiting for its next attempt) and one whose listener is gone
        long pending = insert("risk.vpr-owed-on-case-opened", "es.viogen.intake.api.CaseOpened",
                "{\"caseId\":" + caseId + ",\"caseNumber\":\"" + caseNumber + "\",\"unitId\":" + unitId("UFAM-VA")
                        + ",\"municipalityCode\":\"47186\",\"openedAt\":\"" + Instant.now() + "\"}",
                true, "PENDING", 3, "DATABASE");
        long gone = insert("test.listener-removed-" + UUID.randomUUID().toString().substring(0, 6),
                "es.viogen.intake.api.CaseOpened", "{\"caseId\":1}", false, "FAILED", 12, "UNKNOWN_LISTENER");

        browser.login("admin", "viogen-demo");
        browser.open("/admin/publications.xhtml");
        browser.waitFor(By.id("f:table"));
        String page = browser.find(By.id("f:table")).getText();
        assertTrue(page.contains("La base de datos no respondió o rechazó el cambio."), page);
        assertTrue(page.contains("Esta reacción ya no existe en la versión instalada de la aplicación."), page);
        assertTrue(page.contains("Abandonada"), page);
        assertFalse(page.contains("Exception") || page.contains("es.viogen."), "no class names: " + page);

        browser.find(By.xpath("//tr[td[1][normalize-space()='" + pending + "']]//button")).click();
        browser.waitForText(By.id("f:messages"), "La reacción se ha completado.");
        assertEquals("COMPLETED", column("status", pending));
        assertEquals("4", column("attempts", pending));
        assertEquals("1", column("(SELECT COUNT(*) FROM risk.assessment WHERE case_id = " + caseId + ")", pending),
                "idempotent: the VPR is owed once");
        assertEquals("1", column("(SELECT COUNT(*) FROM platform.audit_log WHERE action = 'UPDATE' "
                + "AND record_type = 'EventPublication' AND record_id = '" + pending + "' AND actor = 'admin')", pending),
                "the replay is audited");

        browser.find(By.xpath("//tr[td[1][normalize-space()='" + gone + "']]//button")).click();
        browser.waitForText(By.id("f:messages"), "ha vuelto a fallar");
        assertEquals("FAILED", column("status", gone));
        assertEquals("13", column("attempts", gone));
    }

    @Test
    void anOfficerIsRefusedThePage() {
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/admin/publications.xhtml");
        assertTrue(browser.driver().findElements(By.id("f:table")).isEmpty(), "no table for an officer");
    }

    @Test
    void theRestReadIsForAdministratorsOnly() {
        Api.Reply anonymous = Api.demo().get("/api/v1/admin/event-publications");
        assertEquals(401, anonymous.status(), anonymous.body());
        Api.Reply partner = Api.demo().as("juzgado-valladolid", "viogen-demo").get("/api/v1/admin/event-publications");
        assertEquals(403, partner.status(), partner.body());
        assertTrue(partner.contentType().startsWith("application/problem+json"), partner.contentType());
        assertFalse(partner.body().contains("event_publication"), "nothing of the registry leaks");
    }
}
