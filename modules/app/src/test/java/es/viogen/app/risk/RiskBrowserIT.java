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
    void aResultThatDoesNotExistIsRefusedWithoutATrace() {
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/risk/result.xhtml?id=987654321");
        String page = browser.driver().getPageSource();
        assertFalse(page.contains("Exception"), "no stack trace reaches the user");
        assertFalse(page.contains("final-level"), "no result shown");
    }
}
