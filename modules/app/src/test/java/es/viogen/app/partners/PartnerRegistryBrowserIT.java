package es.viogen.app.partners;

import es.viogen.app.support.Api;
import es.viogen.app.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static es.viogen.app.partners.PartnerFixtures.count;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The partner registry page: an administrator registers a partner, sees its secret once, the partner obtains a token
 * with it; rotating the secret invalidates the old one; deactivating the partner refuses its tokens.
 */
class PartnerRegistryBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private static int tokenStatus(String client, String secret) {
        return Api.demo().form("/api/v1/auth/token", Map.of("grant_type", "client_credentials", "client_id", client,
                "client_secret", secret)).status();
    }

    private String shownSecret(String client, String previous) {
        Pattern p = Pattern.compile("Secreto de " + Pattern.quote(client) + ": ([A-Za-z0-9_-]{43})");
        String[] found = new String[1];
        browser.waiting(Duration.ofSeconds(30)).until(d -> {
            Matcher m = p.matcher(d.findElement(By.id("partners:messages")).getText());
            if (m.find() && !m.group(1).equals(previous)) {
                found[0] = m.group(1);
                return true;
            }
            return false;
        });
        return found[0];
    }

    /** The dialog fits the viewport and scrolls: bring its button into view as a person would. */
    private void save() {
        org.openqa.selenium.WebElement save = browser.find(By.id("partnerForm:save"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", save);
        save.click();
    }

    private void clickRowButton(String client, String button) {
        browser.find(By.xpath("//tr[td[normalize-space(text())='" + client + "']]//button[contains(@id,':" + button + "')]")).click();
    }

    @Test
    void anAdministratorRegistersRotatesAndDeactivatesAPartner() throws Exception {
        String client = "juzgado-prueba-" + UUID.randomUUID().toString().substring(0, 8);
        browser.login("admin", "viogen-demo");
        browser.open("/partners/partners.xhtml");
        browser.waitFor(By.id("partners:new")).click();
        browser.waitFor(By.id("partnerForm:field-clientId")).sendKeys(client);
        browser.find(By.id("partnerForm:field-organisation")).sendKeys("Juzgado de Violencia sobre la Mujer de pruebas");
        // the drop-down's hidden native select is what the form submits (its animated panel, opened and closed,
        // covered the scopes below it in one CI run of two)
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('partnerForm:field-kind_input').value = 'COURT';");
        browser.find(By.cssSelector("label[for='partnerForm:field-scopes:0']")).click(); // cases:read
        browser.find(By.id("partnerForm:field-region")).sendKeys("07");
        browser.find(By.id("partnerForm:field-province")).sendKeys("47");
        save();

        String secret = shownSecret(client, null);
        assertEquals(1, count("SELECT count(*) FROM partners.partner WHERE client_id = ? AND kind = 'COURT'", client));
        assertEquals(1, count("SELECT count(*) FROM platform.partner_client WHERE client_id = ? AND scopes = 'cases:read' "
                + "AND province_code = '47' AND secret_hash LIKE 'PBKDF2WithHmacSHA256:%'", client));
        assertEquals(0, count("SELECT count(*) FROM platform.partner_client WHERE secret_hash LIKE '%' || ? || '%'", secret),
                "the secret is stored hashed only");
        assertEquals(200, tokenStatus(client, secret));
        // the new partner may read case status (scope) but not report prison events
        Api partner = Api.demo().as(client, secret);
        assertEquals(403, partner.post("/api/v1/partner/prison-events", "{}", Map.of("Idempotency-Key", "k1")).status());

        clickRowButton(client, "rotate");
        String rotated = shownSecret(client, secret);
        assertNotEquals(secret, rotated);
        assertEquals(401, tokenStatus(client, secret));
        assertEquals(200, tokenStatus(client, rotated));

        clickRowButton(client, "edit");
        browser.waitFor(By.id("partnerForm:field-organisation"));
        browser.find(By.cssSelector("#partnerForm\\:field-active .ui-chkbox-box")).click();
        save();
        browser.waiting(Duration.ofSeconds(30)).until(d -> {
            try {
                return count("SELECT count(*) FROM platform.partner_client WHERE client_id = ? AND NOT active", client) == 1;
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals(401, tokenStatus(client, rotated));
    }

    @Test
    void theDeliveryLogOpensForAdministrators() {
        browser.login("admin", "viogen-demo");
        browser.open("/partners/deliveries.xhtml");
        assertTrue(browser.waitFor(By.id("f:table")).isDisplayed());
        assertTrue(browser.driver().getPageSource().contains("Envíos salientes a organismos"));
    }
}
