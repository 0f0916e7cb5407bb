package es.viogen.app.municipal;

import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import es.viogen.app.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An adhesion manager at work: takes a council from its request to integrated on the pages, is refused an invalid
 * step with a clear message, and the coverage changes at once on the page and over REST. Figures are compared before
 * and after (other tests share the demo database).
 */
class AdhesionBrowserIT {

    private static final Pattern HEADLINE = Pattern.compile("(\\d+) de (\\d+) \\(([\\d,]+) %\\)");
    private static final String TODAY = LocalDate.now(ZoneId.of("Europe/Madrid")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    @RegisterExtension
    final Browser browser = new Browser();

    private int[] coverageOnPage() {
        browser.open("/municipal/coverage.xhtml");
        String text = browser.waitFor(By.id("coverage-headline")).getText();
        Matcher m = HEADLINE.matcher(text);
        assertTrue(m.find(), text);
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static int[] coverageOverRest() {
        var c = Api.demo().as("juzgado-valladolid", "viogen-demo").get("/api/v1/coverage/regions/07").json();
        return new int[]{c.getInt("integrated"), c.getInt("programme")};
    }

    private String status() {
        return browser.find(By.id("status")).getText().trim();
    }

    private void move(String target, String expectedStatus) {
        new Select(browser.find(By.id("f:field-target"))).selectByValue(target);
        browser.find(By.id("f:move")).click();
        browser.waitForText(By.id("status"), expectedStatus);
    }

    private void type(String id, String text) {
        WebElement e = browser.find(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** A Castilla y León municipality not yet in the programme (the largest such), for this test alone. */
    private static String[] freshCouncil() throws Exception {
        try (Connection c = TestEnvironment.get().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT m.ine_code, m.name FROM municipal.municipality m WHERE m.region_code = '07' "
                     + "AND m.province_code = '42' AND NOT EXISTS (SELECT 1 FROM municipal.programme_entry p WHERE p.ine_code = m.ine_code) "
                     + "AND NOT EXISTS (SELECT 1 FROM municipal.adhesion a WHERE a.ine_code = m.ine_code) "
                     + "ORDER BY m.population DESC LIMIT 1")) {
            assertTrue(rs.next());
            return new String[]{rs.getString(1), rs.getString(2)};
        }
    }

    @Test
    void aManagerTakesACouncilFromRequestToIntegratedAndTheCoverageChanges() throws Exception {
        browser.login("adhesion.cyl", "viogen-demo");
        int[] before = coverageOnPage();
        int[] restBefore = coverageOverRest();
        String[] council = freshCouncil();

        // register the council in the programme
        browser.open("/municipal/adhesions.xhtml");
        WebElement input = browser.waitFor(By.id("f:field-municipality_input"));
        input.sendKeys(council[1].substring(0, Math.min(6, council[1].length())));
        WebElement item = browser.waitFor(By.cssSelector("li.ui-autocomplete-item[data-item-value^='" + council[0] + "']"));
        item.click();
        type("f:field-reason", "Policía Local creada en 2026 (prueba)");
        browser.find(By.id("f:register")).click();
        browser.waitFor(By.id("adhesion-title"));
        assertTrue(browser.find(By.id("adhesion-title")).getText().contains(council[1]));
        assertEquals("Sin iniciar", status());
        assertEquals(before[1] + 1, coverageOverRest()[1], "the programme grew by one");

        browser.open("/municipal/adhesion.xhtml?ine=" + council[0]);
        browser.waitFor(By.id("status"));
        move("REQUESTED", "Solicitada");

        // integrated before signing: refused with a clear message, nothing changes
        new Select(browser.find(By.id("f:field-target"))).selectByValue("INTEGRATED");
        browser.find(By.id("f:move")).click();
        WebElement error = browser.waitFor(By.cssSelector("#f\\:messages .ui-messages-error"));
        assertTrue(error.getText().contains("No se puede pasar de «Solicitada» a «Integrado»"), error.getText());
        assertEquals("Solicitada", status());

        move("AGREEMENT_IN_PREPARATION", "Convenio en preparación");
        type("f:field-signedOn_input", TODAY);
        type("f:state1", "Subdelegación del Gobierno en Soria");
        type("f:local1", "Alcaldía");
        browser.find(By.id("f:save-agreement")).click();
        browser.waitFor(By.xpath("//*[@id='f:agreements']//td[contains(., '" + TODAY + "')]"));
        move("SIGNED", "Convenio firmado");
        move("TRAINING", "Formación");
        type("f:field-officer", "Agente formado 1");
        type("f:field-hours_input", "20");
        type("f:field-trainedOn_input", TODAY);
        browser.find(By.id("f:save-training")).click();
        browser.waitForText(By.id("trained-hours"), "20");
        move("INTEGRATED", "Integrado");
        assertTrue(browser.find(By.id("mandate")).getText().contains("Medio"));

        int[] after = coverageOnPage();
        assertEquals(before[0] + 1, after[0], "integrated +1 on the page");
        assertEquals(before[1] + 1, after[1], "programme +1 on the page");
        int[] restAfter = coverageOverRest();
        assertEquals(restBefore[0] + 1, restAfter[0]);
        assertEquals(restBefore[1] + 1, restAfter[1]);
    }

    @Test
    void movingIscarToIntegratedRaisesTheCoverageAtOnce() {
        browser.login("adhesion.cyl", "viogen-demo");
        int[] before = coverageOnPage();
        int[] restBefore = coverageOverRest();
        assertTrue(browser.find(By.id("f:pending")).getText().contains("Íscar"), "Íscar is pending in the demo");
        assertTrue(browser.find(By.id("f:pending")).getText().contains("Pedrajas de San Esteban"));

        browser.open("/municipal/adhesion.xhtml?ine=47075");
        browser.waitFor(By.id("status"));
        assertEquals("Formación", status());
        move("INTEGRATED", "Integrado");

        int[] after = coverageOnPage();
        assertEquals(before[0] + 1, after[0]);
        assertEquals(before[1], after[1]);
        assertTrue(!browser.find(By.id("f:pending")).getText().contains("Íscar"));
        int[] restAfter = coverageOverRest();
        assertEquals(restBefore[0] + 1, restAfter[0]);
        assertEquals(restBefore[1], restAfter[1]);
    }

    @Test
    void theRegionalUnitSeesTheDashboardWithChartMapAndDiscrepancies() {
        browser.login("regional.cyl", "viogen-demo");
        browser.open("/municipal/coverage.xhtml");
        browser.waitFor(By.id("coverage-headline"));
        assertTrue(browser.driver().findElements(By.cssSelector("svg.vg-chart rect")).size() >= 18, "9 provinces, 2 bars each");
        assertTrue(browser.driver().findElements(By.cssSelector("svg.vg-map circle")).size() >= 71);
        // what-if: one more pending town joins
        browser.find(By.cssSelector("#f\\:joining .ui-chkbox-box")).click();
        browser.find(By.id("f:whatif")).click();
        browser.waitForText(By.id("f:whatif-result"), "Si se integran 1 más");
        browser.open("/municipal/programme.xhtml");
        int discrepancies = Integer.parseInt(browser.waitFor(By.id("discrepancy-count")).getText().trim());
        assertTrue(discrepancies >= 10, "6 pending and 4 integrated towns under 5,000: " + discrepancies);
        assertTrue(browser.find(By.id("f:discrepancies")).getText().contains("Cacabelos"));
    }
}
