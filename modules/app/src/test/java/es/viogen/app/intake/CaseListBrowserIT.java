package es.viogen.app.intake;

import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static es.viogen.app.intake.IntakeFixtures.caseJson;
import static es.viogen.app.intake.IntakeFixtures.dni;
import static es.viogen.app.intake.IntakeFixtures.unique;
import static es.viogen.app.intake.IntakeFixtures.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The case list shows only what the user may see: the regional unit its region, an officer their unit. */
class CaseListBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private String create(Api api, String unitCode, String ine, String victimName) throws Exception {
        Api.Reply r = api.post("/api/v1/cases", caseJson(unique("AT-LST"),
                Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(), ine, dni(),
                victimName, dni(), unitId(unitCode)));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("caseNumber");
    }

    private void search(String text) {
        var field = browser.waitFor(By.id("cases:text"));
        field.clear();
        field.sendKeys(text);
        var table = browser.find(By.id("cases:table"));
        browser.find(By.id("cases:search")).click();
        // the ajax update replaces the table: wait for the new one
        browser.waiting(java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(table));
    }

    @Test
    void theRegionalUnitSeesBothProvincesAndAnOfficerOnlyTheirUnit() throws Exception {
        Api region = Api.demo().as(IntakeFixtures.partner("cases:read cases:write", "07", null), "viogen-demo");
        String name = "Lista" + unique("X").substring(2);
        String va = create(region, "UFAM-VA", "47186", name);
        String le = create(region, "UFAM-LE", "24089", name);

        browser.login("regional.cyl", "viogen-demo");
        browser.open("/cases/list.xhtml");
        search(name);
        browser.waitForText(By.id("cases:table"), le);
        String table = browser.find(By.id("cases:table")).getText();
        assertTrue(table.contains(va) && table.contains(le), table);
        // the size of the list, counted up to the cap (CaseListQuery.COUNT_CAP), is shown above it
        browser.waitForText(By.id("cases:total"), "Casos: 2");
        browser.logout();

        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/cases/list.xhtml");
        search(name);
        browser.waitForText(By.id("cases:table"), va);
        assertFalse(browser.find(By.id("cases:table")).getText().contains(le), "León's case is not listed in Valladolid");
        browser.waitForText(By.id("cases:total"), "Casos: 1");

        // exporting the visible list is audited (the file itself is checked by CaseExportTest)
        String exports = "SELECT COUNT(*) FROM platform.audit_log WHERE action = 'EXPORT' AND actor = ?";
        long before = IntakeFixtures.queryLong(exports, "policia.valladolid");
        browser.find(By.id("cases:export-csv")).click();
        browser.find(By.id("cases:export-xlsx")).click();
        long deadline = System.currentTimeMillis() + 20_000;
        while (IntakeFixtures.queryLong(exports, "policia.valladolid") < before + 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(before + 2, IntakeFixtures.queryLong(exports, "policia.valladolid"));
    }
}
