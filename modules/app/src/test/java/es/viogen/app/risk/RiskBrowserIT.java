package es.viogen.app.risk;

import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filling the VPR questionnaire and reading the level and its explanation; the instrument upload. */
class RiskBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    /** Answers every indicator on the page: "Sí" for {@code yes}, "No" for the rest; the first by keyboard alone. */
    private void answer(Set<String> yes) {
        List<WebElement> indicators = browser.driver().findElements(By.cssSelector("div.risk-indicator"));
        assertEquals(36, indicators.size(), "the VPR's indicators");
        boolean first = true;
        for (WebElement div : indicators) {
            String code = div.getAttribute("data-code");
            String value = yes.contains(code) ? "SI" : "NO";
            WebElement radio = div.findElement(By.cssSelector("input[type='radio'][value='" + value + "']"));
            if (first) {
                radio.sendKeys(Keys.SPACE);
                first = false;
            } else {
                radio.click();
            }
        }
        browser.driver().findElement(By.cssSelector("input[type='radio'][name$='field-victimPerceptionAsked'][value='true']"))
                .click();
        browser.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("f:progressText"), "36 de 36"));
    }

    @Test
    void anAdministratorTriesTheVprAndSeesTheLevelAndWhy() {
        browser.login("admin", "viogen-demo");
        browser.open("/risk/admin/instruments.xhtml");
        browser.waitFor(By.id("illustrative-notice"));
        assertTrue(browser.find(By.id("illustrative-notice")).getText().contains("ILUSTRATIVOS"));
        browser.find(By.cssSelector("a.risk-try-VPR-5\\.0-VG1")).click();
        browser.waitFor(By.id("f:progress"));
        assertTrue(browser.driver().getPageSource().contains("Historia de violencia"), "grouped by factor");

        answer(Set.of("I36", "I01"));
        browser.find(By.id("f:try")).click();
        browser.waitFor(By.id("final-level"));
        assertEquals("alto", browser.find(By.id("final-level")).getText().trim(), "a red flag lifts the low score");
        assertTrue(browser.find(By.id("computed-level")).getText().contains("alto"));
        assertTrue(browser.find(By.id("red-flags")).getText().contains("Intento de estrangulamiento"));
        assertTrue(browser.find(By.id("drivers")).getText().contains("estrangulamiento"));
        assertTrue(browser.find(By.id("what-would-change")).getText().contains("extremo"), "what would change it");

        // the officer may not lower it
        new Select(browser.find(By.id("f:field-overrideLevel"))).selectByVisibleText("bajo");
        browser.find(By.id("f:field-overrideReason")).sendKeys("parece tranquila");
        browser.find(By.id("f:try")).click();
        browser.waitForText(By.id("f:messages"), "No se puede rebajar el nivel");
    }

    @Test
    void aMalformedInstrumentUploadIsRefusedNamingTheProblem() {
        browser.login("admin", "viogen-demo");
        browser.open("/risk/admin/instruments.xhtml");
        browser.waitFor(By.id("f:versions"));
        int rows = browser.driver().findElements(By.cssSelector("#f\\:versions tbody tr")).size();
        WebElement definition = browser.find(By.id("f:field-definition"));
        definition.sendKeys("{\"code\": \"VPR\", \"version\": \"9.9\", \"kind\": \"VPR\", \"factors\": []}");
        browser.find(By.id("f:upload")).click();
        browser.waitForText(By.id("f:messages"), "No ha cambiado nada");
        String messages = browser.find(By.id("f:messages")).getText();
        assertTrue(messages.contains("$.factors"), messages);
        assertTrue(messages.contains("$.cutPoints"), messages);
        assertEquals(rows, browser.driver().findElements(By.cssSelector("#f\\:versions tbody tr")).size());
    }

    @Test
    void anOfficerFillsAVprForACaseAndSeesTheLevelAndTheExplanation() throws Exception {
        Optional<Long> created = RiskCases.createInValladolid();
        Assertions.assertTrue(created.isPresent(), "intake's POST /api/v1/cases must create the case");
        long caseId = created.get();
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/risk/assess.xhtml?case=" + caseId);
        browser.waitFor(By.id("f:progress"));
        answer(Set.of("I05", "I16", "I01", "I02"));
        browser.find(By.id("f:submit")).click();
        browser.waitFor(By.id("final-level"));
        assertEquals("alto", browser.find(By.id("final-level")).getText().trim(), "weapons and threats to kill");
        assertTrue(browser.find(By.id("red-flags")).getText().contains("Acceso a armas y amenazas de muerte"));
        assertTrue(browser.find(By.id("why")).getText().contains("Acceso a armas"));
        // what the level brings: its measures, its deadline and the way to the plan
        assertTrue(browser.find(By.id("level-measures")).getText().contains("Contacto permanente con la víctima"),
                browser.find(By.id("level-measures")).getText());
        assertTrue(browser.find(By.id("reassessment-within")).getText().contains("7 días"),
                browser.find(By.id("reassessment-within")).getText());
        assertTrue(browser.find(By.id("plan")).getAttribute("href").contains("/follow-up/plan.xhtml?case=" + caseId));

        Api.Reply r = Api.demo().as("juzgado-valladolid", "viogen-demo").get("/api/v1/cases/" + caseId + "/assessments");
        assertEquals(200, r.status(), r.body());
        assertEquals("ALTO", r.jsonValue().asJsonArray().getJsonObject(0).getString("level"));
    }

    @Test
    void anOfficerSeesThePendingAssessmentsOfTheUnitFromTheMenu() {
        browser.login("policia.valladolid", "viogen-demo");
        WebElement item = browser.find(By.cssSelector("#main-menu .menu-risk-menu-pending"));
        (item.getTagName().equals("a") ? item : item.findElement(By.tagName("a"))).click();
        browser.waitFor(By.id("p:pending"));
        assertTrue(browser.driver().getPageSource().contains("Valoraciones pendientes"));
        assertTrue(browser.driver().findElements(By.cssSelector("#p\\:pending th")).size() >= 4, "the table's columns");
    }

    @Test
    void thePendingSearchFindsANewCaseOnTheFirstPageByItsNumberAndTheAddressKeepsTheFilter() throws Exception {
        long caseId = RiskCases.createInValladolid().orElseThrow(() -> new AssertionError("intake creates the case"));
        String number;
        try (java.sql.Connection c = es.viogen.app.support.TestEnvironment.get().connect();
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT case_number FROM intake.case_file WHERE id = ?")) {
            ps.setLong(1, caseId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                number = rs.getString(1);
            }
        }
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/risk/pending.xhtml");
        browser.waitFor(By.id("p:q")).sendKeys(number.substring(number.length() - 6).toLowerCase());
        browser.find(By.id("p:search")).click();
        browser.waiting(java.time.Duration.ofSeconds(30)).until(d ->
                d.findElements(By.cssSelector("#p\\:pending tbody tr .pending-case")).size() == 1);
        assertEquals(number, browser.find(By.cssSelector("#p\\:pending tbody tr .pending-case")).getText().trim(),
                "the last digits of the number, typed in lower case, find the case on the first page");
        browser.waiting(java.time.Duration.ofSeconds(30)).until(d -> d.findElement(By.id("p:count")).getText().endsWith(": 1"));

        browser.open("/risk/pending.xhtml?q=" + number + "&kind=VPR&trigger=CASE_OPENED");
        browser.waitForText(By.cssSelector("#p\\:pending tbody"), number);
        assertEquals(number, browser.find(By.id("p:q")).getAttribute("value"), "the address fills the search box");

        browser.open("/risk/pending.xhtml?q=" + number + "&kind=VPER_INCIDENT");
        browser.waitForText(By.cssSelector("#p\\:pending tbody"), "No hay valoraciones pendientes");
        browser.waiting(java.time.Duration.ofSeconds(30)).until(d -> d.findElement(By.id("p:count")).getText().endsWith(": 0"));

        browser.open("/risk/pending.xhtml?due=OVERDUE");
        browser.waitFor(By.id("p:pending"));
        for (WebElement row : browser.driver().findElements(By.cssSelector("#p\\:pending tbody tr[data-ri]"))) {
            assertTrue(row.getText().contains("vencida"), "only overdue assessments: " + row.getText());
        }
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }

    @Test
    void aResultThatDoesNotExistIsRefusedWithoutATrace() {
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/risk/result.xhtml?id=987654321");
        String page = browser.driver().getPageSource();
        assertFalse(page.contains("Exception"), "no stack trace reaches the user");
        assertFalse(page.contains("final-level"), "no result shown");
    }

    @Test
    void theRegionalUnitConfirmsASeriousIncidentAndReadsTheModelMonitoringWithItsChartsAndModelCard() throws Exception {
        long caseId = RiskCases.createInValladolid().orElseThrow(() -> new AssertionError("intake creates the case"));
        Api.Reply incident = Api.demo().as("juzgado-valladolid", "viogen-demo").post("/api/v1/cases/" + caseId + "/incidents",
                "{\"type\": \"SERIOUS_INJURY\", \"occurredAt\": \"" + java.time.Instant.now().minusSeconds(600)
                        + "\", \"place\": \"Valladolid\", \"description\": \"Lesiones graves (prueba)\", "
                        + "\"source\": \"atestado de prueba\"}");
        assertEquals(201, incident.status(), incident.body());
        browser.login("regional.cyl", "viogen-demo");
        browser.open("/cases/case.xhtml?id=" + caseId);
        browser.waitFor(By.cssSelector("button[id$='confirm-serious']")).click();
        browser.waitForText(By.id("incidents"), "Confirmado por regional.cyl");
        assertEquals(1, DeEscalationBrowserIT.count("SELECT COUNT(*) FROM intake.incident WHERE case_id = ? "
                + "AND type = 'SERIOUS_INJURY' AND confirmed_by = 'regional.cyl' AND confirmed_at IS NOT NULL", caseId));
        assertEquals(1, DeEscalationBrowserIT.count("SELECT COUNT(*) FROM platform.audit_log a JOIN intake.incident i "
                + "ON a.record_id = CAST(i.id AS varchar) WHERE a.record_type = 'Incident' AND a.action = 'UPDATE' "
                + "AND a.actor = 'regional.cyl' AND i.case_id = ?", caseId), "the confirmation is audited");

        browser.open("/risk/monitoring/instrument.xhtml?instrument=VPR/5.0-VG2");
        browser.waitFor(By.id("model-card"));
        assertTrue(browser.find(By.id("monitoring-title")).getText().contains("Seguimiento del modelo"));
        assertTrue(browser.find(By.id("model-card")).getText().contains("ilustrativos"), "where the weights come from");
        assertFalse(browser.driver().findElements(By.cssSelector("[id='m:roc'] svg")).isEmpty(), "the ROC chart");
        assertFalse(browser.driver().findElements(By.cssSelector("[id='m:calibration-plot'] svg")).isEmpty(),
                "the calibration chart");
        assertTrue(browser.find(By.id("table-1")).getText().contains("no apreciado"), "the calibration table per level");
        assertTrue(browser.find(By.id("measured")).getText().matches("\\d+"), browser.find(By.id("measured")).getText());

        new Select(browser.find(By.id("m:field-window"))).selectByValue("30");
        browser.find(By.id("m:field-region")).sendKeys("7x");
        browser.find(By.id("m:show")).click();
        browser.waitForText(By.id("m"), "La comunidad es un código INE de 2 cifras.");
        browser.find(By.id("m:field-region")).clear();
        browser.find(By.id("m:show")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("table-0")).getText().contains("Ventana (días) 30"));
    }
}
