package es.viogen.app.platform;

import es.viogen.app.intake.IntakeFixtures;
import es.viogen.app.risk.RiskCases;
import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import es.viogen.app.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages keep their record: the language switch on a page opened with a parameter shows the same record in the other
 * language (it used to lose the parameter and show «No existe el registro Case -.» or an empty plan), and a deep link
 * opened without a session comes back to the same page and record after the login (it used to land on Inicio).
 */
class KeepPlaceBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private static final String VPR_ALL_NO = java.util.stream.IntStream.rangeClosed(1, 36)
            .mapToObj(i -> String.format("\"I%02d\": \"NO\"", i)).collect(java.util.stream.Collectors.joining(", "));

    /** A new case of UFAM Valladolid with its VPR submitted: {assessment id, case id, case number}. */
    private static String[] assessedCase() throws Exception {
        long caseId = RiskCases.createInValladolid().orElseThrow(() -> new AssertionError("intake creates the case"));
        Api api = Api.demo().as(RiskCases.assessor(), "viogen-demo");
        Api.Reply vpr = api.post("/api/v1/cases/" + caseId + "/assessments",
                "{\"answers\": {" + VPR_ALL_NO + "}, \"victimPerceptionAsked\": true}");
        assertEquals(201, vpr.status(), vpr.body());
        try (Connection c = TestEnvironment.get().connect();
             PreparedStatement ps = c.prepareStatement("SELECT a.id, f.case_number FROM risk.assessment a "
                     + "JOIN intake.case_file f ON f.id = a.case_id WHERE a.case_id = ? AND a.status = 'SUBMITTED'")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the VPR is stored");
                return new String[] {rs.getString(1), String.valueOf(caseId), rs.getString(2)};
            }
        }
    }

    private void switchToEnglishAndBack(String path, By marker, String expected) {
        browser.open(path);
        browser.waitForText(marker, expected);
        assertTrue(browser.find(By.tagName("html")).getAttribute("lang").equals("es"));
        browser.find(By.id("topbar:lang-en")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.waitForText(marker, expected);
        assertTrue(browser.driver().getCurrentUrl().endsWith(path), browser.driver().getCurrentUrl() + " keeps " + path);
        String page = browser.find(By.id("content")).getText();
        assertFalse(page.contains("No se encuentra") || page.contains("There is no"), path + ": " + page);
        browser.find(By.id("topbar:lang-es")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.waitForText(marker, expected);
    }

    @Test
    void theLanguageSwitchKeepsTheRecordOnTheCasePlanResultAndHistoryPages() throws Exception {
        String[] a = assessedCase();
        browser.login("policia.valladolid", "viogen-demo");
        switchToEnglishAndBack("/cases/case.xhtml?id=" + a[1], By.id("case-number"), a[2]);
        switchToEnglishAndBack("/follow-up/plan.xhtml?case=" + a[1], By.id("plan-title"), a[2]);
        switchToEnglishAndBack("/risk/result.xhtml?id=" + a[0], By.id("result-header"), a[2]);
        switchToEnglishAndBack("/risk/history.xhtml?case=" + a[1], By.id("entries"), "VPR");
    }

    @Test
    void theLanguageSwitchKeepsTheTownOnTheAdhesionPage() {
        browser.login("adhesion.cyl", "viogen-demo");
        switchToEnglishAndBack("/municipal/adhesion.xhtml?ine=47186", By.id("adhesion-title"), "Valladolid");
    }

    @Test
    void aDeepLinkOpenedWithoutASessionReturnsToItsRecordAfterTheLogin() throws Exception {
        String[] a = assessedCase();
        browser.open("/cases/case.xhtml?id=" + a[1]);
        browser.waitFor(By.id("login:username")).sendKeys("policia.valladolid");
        assertTrue(browser.driver().getCurrentUrl().contains("next="), browser.driver().getCurrentUrl());
        browser.find(By.id("login:password")).sendKeys("viogen-demo");
        browser.find(By.id("login:submit")).click();
        browser.waitForText(By.id("case-number"), a[2]);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/cases/case.xhtml?id=" + a[1]),
                browser.driver().getCurrentUrl());
    }

    @Test
    void aForeignAddressInTheLoginIsIgnoredAndTheLoginLandsOnTheHomePage() {
        browser.open("/login.xhtml?next=%2F%2Fevil.example%2Fx.xhtml");
        browser.waitFor(By.id("login:username")).sendKeys("policia.valladolid");
        browser.find(By.id("login:password")).sendKeys("viogen-demo");
        browser.find(By.id("login:submit")).click();
        browser.waitFor(By.id("home-title"));
        assertTrue(browser.driver().getCurrentUrl().startsWith(browser.base()), browser.driver().getCurrentUrl());
    }

    @Test
    void theFaviconIsServed() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(browser.base() + "/favicon.ico")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(response.statusCode() == 200, "favicon: " + response.statusCode());
        assertTrue(response.body().length > 22 && response.body()[2] == 1, "an ICO file");
    }

    @Test
    void atEightHundredPixelsTheMenuFoldsOverTheContentAndNoPageScrollsSideways() throws Exception {
        String[] a = assessedCase();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(800, 900));
        browser.login("policia.valladolid", "viogen-demo");
        java.util.List<String> wide = new java.util.ArrayList<>();
        for (String path : java.util.List.of("/cases/list.xhtml", "/cases/case.xhtml?id=" + a[1],
                "/follow-up/plan.xhtml?case=" + a[1], "/risk/pending.xhtml", "/alerts.xhtml", "/cases/new.xhtml")) {
            browser.open(path);
            browser.waitFor(By.id("content"));
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
            long page = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
            long view = ((Number) js.executeScript("return document.documentElement.clientWidth;")).longValue();
            if (page > view + 1) {
                wide.add(path + ": " + page + " px wide in " + view);
            }
            var menu = browser.find(By.id("main-menu")).getRect();
            var content = browser.find(By.id("content")).getRect();
            assertTrue(content.getY() >= menu.getY() + menu.getHeight() - 1,
                    path + ": the menu sits above the content, not beside it");
            assertTrue(content.getWidth() >= 700, path + ": the content keeps the width (" + content.getWidth() + ")");
        }
        assertEquals(java.util.List.of(), wide);
    }

    /** Presses Tab from where the focus is until it reaches the element matching {@code css} (at most 80 times). */
    private void tabTo(String css) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
        for (int i = 0; i < 80; i++) {
            if (Boolean.TRUE.equals(js.executeScript("return document.activeElement != null "
                    + "&& document.activeElement.matches(arguments[0]);", css))) {
                return;
            }
            new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        throw new AssertionError("the keyboard never reaches " + css);
    }

    @Test
    void theCasePageAndThePendingSearchWorkWithTheKeyboardAlone() throws Exception {
        String[] a = assessedCase();
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/cases/case.xhtml?id=" + a[1]);
        browser.waitFor(By.id("case-glance"));
        tabTo("#case-glance .glance-action-plan, #case-glance .glance-action-plan a");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        browser.waitForText(By.id("plan-title"), a[2]);

        long other = RiskCases.createInValladolid().orElseThrow(() -> new AssertionError("intake creates the case"));
        String number;
        try (Connection c = TestEnvironment.get().connect();
             PreparedStatement ps = c.prepareStatement("SELECT case_number FROM intake.case_file WHERE id = ?")) {
            ps.setLong(1, other);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                number = rs.getString(1);
            }
        }
        browser.open("/risk/pending.xhtml");
        browser.waitFor(By.id("p:q"));
        tabTo("#p\\:q");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(number).perform();
        tabTo("#p\\:search");
        new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#p\\:pending tbody tr .pending-case"))
                .size() == 1 && d.findElement(By.cssSelector("#p\\:pending tbody tr .pending-case")).getText().equals(number));
        tabTo("#p\\:pending tbody tr .pending-case");
        assertTrue(browser.driver().switchTo().activeElement().getAttribute("href").contains("/risk/assess.xhtml?case=" + other),
                "the found case's questionnaire is the next stop of the keyboard");
    }

    /** A new case of UFAM León (another unit's, outside the Valladolid officer's territory). */
    private static String foreignCase() throws Exception {
        String leon = IntakeFixtures.partner("cases:read cases:write", "07", "24");
        Api.Reply r = Api.demo().as(leon, "viogen-demo").post("/api/v1/cases", IntakeFixtures.caseJson(
                IntakeFixtures.unique("AT-KP"), java.time.Instant.now().minus(1, java.time.temporal.ChronoUnit.DAYS)
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), "24089", IntakeFixtures.dni(),
                "Ana", IntakeFixtures.dni(), IntakeFixtures.unitId("UFAM-LE")));
        assertEquals(201, r.status(), r.body());
        return String.valueOf(r.json().getJsonNumber("id").longValue());
    }

    private static long deniedReads(String actor, String recordId) throws Exception {
        try (Connection c = TestEnvironment.get().connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM platform.audit_log WHERE actor = ? "
                     + "AND action = 'ACCESS_DENIED' AND record_id = ?")) {
            ps.setString(1, actor);
            ps.setString(2, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void refused(String path, String expected) {
        browser.open(path);
        browser.waitFor(By.id("page-refusal"));
        String text = browser.find(By.id("page-refusal")).getText();
        assertTrue(text.contains(expected), path + ": " + text);
        assertFalse(text.contains("Case") || text.contains("???"), path + ": " + text);
        assertTrue(browser.driver().findElements(By.cssSelector("#main-menu a")).size() >= 2, path + " shows the menu");
    }

    @Test
    void aPageForAnUnknownForeignOrUnnamedRecordShowsTheMenuAndOneSpanishSentenceAndTheRefusalIsAudited()
            throws Exception {
        String foreign = foreignCase();
        browser.login("policia.valladolid", "viogen-demo");
        refused("/risk/result.xhtml?id=999999999", "No se encuentra la valoración");
        refused("/risk/history.xhtml?case=999999999", "No se encuentra el caso");
        refused("/risk/assess.xhtml?case=999999999", "No se encuentra el caso");
        refused("/follow-up/plan.xhtml?case=999999999", "No se encuentra el caso");
        refused("/risk/result.xhtml", "no indica qué registro");
        refused("/risk/history.xhtml?case=abc", "no indica qué registro");
        refused("/follow-up/plan.xhtml", "no indica qué registro");
        refused("/follow-up/plan.xhtml?case=abc", "no indica qué registro");
        browser.open("/cases/case.xhtml?id=abc");
        browser.waitForText(By.id("case-refusal"), "no indica qué registro");
        long before = deniedReads("policia.valladolid", foreign);
        refused("/risk/history.xhtml?case=" + foreign, "No tiene permiso");
        refused("/follow-up/plan.xhtml?case=" + foreign, "No tiene permiso");
        assertTrue(deniedReads("policia.valladolid", foreign) >= before + 2, "each refusal is audited");
    }
}
