package es.viogen.app.municipal;

import es.viogen.app.intake.IntakeFixtures;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The regional unit refers a case's victim to a punto Atiendo: refused without consent, recorded with it. */
class CrisisCentreBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private static String referralStatus(long caseId) throws Exception {
        try (Connection c = TestEnvironment.get().connect();
             PreparedStatement ps = c.prepareStatement("SELECT string_agg(status || ':' || consent_given, ',') FROM municipal.referral WHERE case_id = ?")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void aReferralNeedsTheVictimsConsentAndFollowsItsStatus() throws Exception {
        // a real case: the referral passes intake's case-access gate (an unknown case is refused)
        Api.Reply created = Api.demo().as("juzgado-valladolid", "viogen-demo").post("/api/v1/cases",
                IntakeFixtures.caseJson(IntakeFixtures.unique("AT-REF"), Instant.now().minus(Duration.ofDays(1)).toString(),
                        "47186", IntakeFixtures.dni(), "Ana", IntakeFixtures.dni(), IntakeFixtures.unitId("UFAM-VA")),
                Map.of("Idempotency-Key", "ref-" + UUID.randomUUID()));
        assertEquals(201, created.status(), created.body());
        long caseId = created.json().getJsonNumber("id").longValue();
        browser.login("regional.cyl", "viogen-demo");
        browser.open("/municipal/crisis-centres.xhtml");
        browser.waitFor(By.id("centres-title"));
        assertTrue(browser.find(By.id("f:centres")).getText().contains("Punto Atiendo de Valladolid"));
        assertTrue(browser.find(By.id("portfolio")).getText().contains("Atención psicológica"));

        browser.find(By.id("f:field-caseId_input")).sendKeys(Long.toString(caseId));
        new Select(browser.find(By.id("f:field-centre"))).selectByVisibleText("Punto Atiendo de Valladolid");
        new Select(browser.find(By.id("f:field-service"))).selectByValue("PSYCHOLOGICAL");
        browser.find(By.id("f:refer")).click();
        browser.waitForText(By.id("f:messages"), "sin el consentimiento");
        assertEquals(null, referralStatus(caseId), "nothing recorded without consent");

        browser.find(By.cssSelector("#f\\:field-consent .ui-chkbox-box")).click();
        browser.find(By.id("f:refer")).click();
        browser.waitForText(By.id("f:messages"), "registrada");
        assertEquals("SENT:true", referralStatus(caseId));

        browser.find(By.id("f:searchCase_input")).sendKeys(Long.toString(caseId));
        WebElement before = browser.find(By.id("f:referrals"));
        browser.find(By.id("f:search")).click();
        // the search re-renders the (lazy, paged) table: wait for the new one, which holds only this case's referral
        browser.waiting(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
        browser.waitForText(By.id("f:referrals"), Long.toString(caseId));
        browser.find(By.xpath("//*[@id='f:referrals']//button[contains(., 'Aceptada')]")).click();
        long until = System.currentTimeMillis() + 15_000;
        while (!"ACCEPTED:true".equals(referralStatus(caseId)) && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        assertEquals("ACCEPTED:true", referralStatus(caseId));
    }
}
