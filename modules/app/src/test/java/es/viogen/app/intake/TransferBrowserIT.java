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

/** A victim moves from Valladolid to León: Valladolid requests the transfer, León accepts, access follows ownership. */
class TransferBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void leonAcceptsATransferAndValladolidLosesAccess() throws Exception {
        Api.Reply r = Api.demo().as("juzgado-valladolid", "viogen-demo").post("/api/v1/cases", caseJson(unique("AT-TRB"),
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(), "47186", dni(),
                "Ana", dni(), unitId("UFAM-VA")));
        assertEquals(201, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        String number = r.json().getString("caseNumber");
        long leon = unitId("UFAM-LE");

        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/cases/case.xhtml?id=" + id);
        browser.waitFor(By.id("head:open-transfer")).click();
        browser.waitFor(By.id("transfer:field-reason"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('transfer:field-toUnitId_input').value = '" + leon + "';");
        browser.find(By.id("transfer:field-newMunicipalityCode")).sendKeys("24089");
        browser.find(By.id("transfer:field-reason")).sendKeys("La víctima se traslada a León");
        browser.find(By.id("transfer:save-transfer")).click();
        browser.waitForText(By.id("page-messages"), "Traslado solicitado");
        assertEquals(1, queryLong("SELECT COUNT(*) FROM intake.transfer WHERE case_id = ? AND status = 'PENDING'", id));
        browser.logout();

        browser.login("policia.leon", "viogen-demo");
        browser.open("/cases/list.xhtml");
        browser.waitForText(By.id("cases:incoming"), number);
        browser.find(By.xpath("//tr[td[contains(., '" + number + "')]]//button[contains(., 'Aceptar')]")).click();
        browser.waitForText(By.id("cases:messages"), "Traslado aceptado");
        assertEquals(leon, queryLong("SELECT unit_id FROM intake.case_file WHERE id = ?", id));
        assertEquals("24", stringOf("SELECT province_code FROM intake.case_file WHERE id = ?", id));
        browser.open("/cases/case.xhtml?id=" + id);
        assertEquals(number, browser.waitFor(By.id("case-number")).getText());
        browser.logout();

        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/cases/case.xhtml?id=" + id);
        assertTrue(browser.waitFor(By.id("case-refusal")).getText().contains("No tiene permiso"));
    }

    private static String stringOf(String sql, long id) throws Exception {
        try (var c = es.viogen.app.support.TestEnvironment.get().connect(); var ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
