package es.viogen.app.intake;

import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static es.viogen.app.intake.IntakeFixtures.caseJson;
import static es.viogen.app.intake.IntakeFixtures.dni;
import static es.viogen.app.intake.IntakeFixtures.queryLong;
import static es.viogen.app.intake.IntakeFixtures.unique;
import static es.viogen.app.intake.IntakeFixtures.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case page: the owner sees the protected address, records an incident, and is refused an early inactivation. */
class CasePageBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theOwnerRecordsAnIncidentAndIsToldWhyTheCaseCannotBeInactivated() throws Exception {
        Api.Reply r = Api.demo().as("juzgado-valladolid", "viogen-demo").post("/api/v1/cases", caseJson(unique("AT-PG"),
                Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(), "47186", dni(),
                "Ana", dni(), unitId("UFAM-VA")));
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();

        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/cases/case.xhtml?id=" + id);
        browser.waitFor(By.id("case-number"));
        assertTrue(browser.find(By.id("victim-address")).getText().contains("C/ Secreta 1"),
                "the responsible unit sees the protected address");

        // incident without a description: refused on the field, nothing written
        browser.find(By.id("head:open-incident")).click();
        browser.waitFor(By.id("incident:field-occurredAt"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('incident:field-type_input').value = 'BREACH_OF_MEASURE';");
        browser.find(By.id("incident:field-occurredAt")).sendKeys(
                java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Madrid")).minusHours(1)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
        browser.find(By.id("incident:field-source")).sendKeys("víctima");
        browser.find(By.id("incident:save-incident")).click();
        browser.waitForText(By.id("incident:messages"), "obligatorio");
        assertEquals(0, queryLong("SELECT COUNT(*) FROM intake.incident WHERE case_id = ?", id));

        browser.find(By.id("incident:field-description")).sendKeys("Se acercó al domicilio pese a la orden de alejamiento.");
        browser.find(By.id("incident:save-incident")).click();
        browser.waitForText(By.id("page-messages"), "reevaluación");
        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.incident WHERE case_id = ? AND requires_reassessment", id));
        browser.waitForText(By.id("incidents"), "Quebrantamiento");

        // inactivation without any assessment: refused, naming the condition
        browser.find(By.id("head:open-inactivation")).click();
        browser.waitFor(By.id("inactivation:save-inactivation")).click();
        browser.waitForText(By.id("inactivation:inactivation-messages"), "valoración de riesgo");
        assertEquals("ACTIVE", status(id));
    }

    private static String status(long id) throws Exception {
        try (var c = es.viogen.app.support.TestEnvironment.get().connect();
             var ps = c.prepareStatement("SELECT status FROM intake.case_file WHERE id = ?")) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
