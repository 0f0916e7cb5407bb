package es.viogen.app.municipal;

import es.viogen.app.support.Browser;
import es.viogen.app.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ThreadLocalRandom;

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
        long caseId = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
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
        browser.find(By.id("f:search")).click();
        browser.waitForText(By.id("f:referrals"), Long.toString(caseId));
        browser.find(By.xpath("//*[@id='f:referrals']//button[contains(., 'Aceptada')]")).click();
        long until = System.currentTimeMillis() + 15_000;
        while (!"ACCEPTED:true".equals(referralStatus(caseId)) && System.currentTimeMillis() < until) {
            Thread.sleep(200);
        }
        assertEquals("ACCEPTED:true", referralStatus(caseId));
    }
}
