package es.viogen.app.measures;

import es.viogen.app.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Alerts reach a logged-in officer live (bell and growl, no reload); the plan page shows the case's plan. */
class FollowUpBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void anOverdueReassessmentReachesTheLoggedInOfficerWithoutAReload() throws Exception {
        browser.login("policia.valladolid", "viogen-demo");
        // a marker on the page: a reload would lose it
        ((JavascriptExecutor) browser.driver()).executeScript("window.vgNoReload = 'still-here';");

        // an extremo case of her unit assessed 4 days ago: its re-assessment is overdue; the scheduler (every
        // minute) raises the alert and the bell's poll (every 10 s) shows it
        var c = FollowUpFixtures.valladolid("EXTREMO", Instant.now().minus(Duration.ofDays(4)));

        browser.waiting(Duration.ofSeconds(150)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-growl"), c.caseNumber()));
        assertTrue(browser.find(By.cssSelector(".ui-growl")).getText().contains("Reevaluación vencida"),
                browser.find(By.cssSelector(".ui-growl")).getText());
        assertEquals("still-here", ((JavascriptExecutor) browser.driver()).executeScript("return window.vgNoReload;"),
                "the page was not reloaded");
        assertTrue(Long.parseLong(browser.find(By.id("bell-count")).getText().trim()) > 0);
    }

    @Test
    void thePlanPageShowsTheLevelAndItsMeasuresAndRecordsAnExecution() throws Exception {
        var c = FollowUpFixtures.valladolid("ALTO", Instant.now().minus(Duration.ofDays(1)));
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/follow-up/plan.xhtml?case=" + c.caseId());
        browser.waitForText(By.id("f:level"), "Alto");
        String measures = browser.find(By.id("f:measures")).getText();
        assertTrue(measures.contains("Contacto permanente con la víctima"), measures);
        assertTrue(measures.contains("Vigilancia frecuente"), "includes the levels below");
        int lowest = measures.indexOf("Nivel no apreciado · obligatorias");
        int medio = measures.indexOf("Nivel medio · obligatorias");
        int alto = measures.indexOf("Nivel alto · obligatorias");
        assertTrue(lowest >= 0 && lowest < medio && medio < alto, "grouped by level, lowest first: " + measures);
        assertTrue(measures.indexOf("Contacto esporádico") < medio && measures.indexOf("Contacto permanente") > alto,
                "each measure under the level that brings it");

        browser.find(By.cssSelector("#f\\:measures .vg-record")).click();
        browser.waitFor(By.id("f:saveExecution"));
        browser.find(By.id("f:field-notes")).sendKeys("Contacto realizado");
        browser.find(By.id("f:saveExecution")).click();
        browser.waitForText(By.id("f:executions"), "Contacto realizado");
    }

    @Test
    void anotherUnitsCaseIsNotShown() throws Exception {
        var leon = FollowUpFixtures.leon("ALTO", Instant.now());
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/follow-up/plan.xhtml?case=" + leon.caseId());
        String page = browser.driver().getPageSource();
        assertTrue(!page.contains("Contacto permanente con la víctima"), "no measures of another unit's case");
    }

    @Test
    void theUnitAndRegionDashboardsShowWhatIsDue() throws Exception {
        var c = FollowUpFixtures.valladolid("ALTO", Instant.now().minus(Duration.ofDays(9)));
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/follow-up/unit.xhtml");
        browser.waitForText(By.id("f:overdue"), c.caseNumber());
        assertTrue(browser.find(By.id("level-chart")).getText().contains("Alto"));
        browser.logout();

        browser.login("regional.cyl", "viogen-demo");
        browser.open("/follow-up/region.xhtml");
        browser.waitForText(By.id("f:rates"), "UFAM Comisaría Provincial de Valladolid");
        String byProvince = browser.find(By.id("f:byProvince")).getText();
        assertTrue(byProvince.contains("Valladolid") && !byProvince.matches("(?s).*\\b47\\b.*"),
                "provinces by name, not by INE code: " + byProvince);
        assertTrue(browser.find(By.id("f:rates")).getText().matches("(?s).*\\d+,\\d[\\u00a0 ]%.*"),
                "rates with a decimal comma: " + browser.find(By.id("f:rates")).getText());
    }
}
