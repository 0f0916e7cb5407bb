package es.viogen.app.platform;

import es.viogen.app.support.Browser;
import es.viogen.app.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every demo role logs in through the Spanish login page and sees its own menu; lockout after five failures. */
class LoginBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private boolean menuHas(String key) {
        return !browser.driver().findElements(By.cssSelector("#main-menu .menu-" + key.replace('.', '-'))).isEmpty();
    }

    @ParameterizedTest(name = "{0} sees the {1} menu")
    @CsvSource({
            "admin,              Administración,                  menu.users;menu.units;menu.audit, menu.alerts",
            "regional.cyl,       Unidad de coordinación regional, menu.audit;menu.alerts,           menu.users",
            "policia.valladolid, Agente de policía,               menu.alerts,                      menu.audit;menu.users",
            "supervisor.valladolid, Supervisor/a de unidad,       menu.alerts,                      menu.audit;menu.users",
            "policia.leon,       Agente de policía,               menu.alerts,                      menu.audit;menu.users",
            "local.iscar,        Agente de Policía Local,         menu.alerts,                      menu.audit;menu.users",
            "adhesion.cyl,       Gestor/a de adhesiones,          menu.alerts,                      menu.audit;menu.users"
    })
    void eachDemoRoleLogsInAndSeesItsMenu(String user, String roleName, String present, String absent) {
        browser.open("/");
        browser.waitFor(By.id("login:username"));
        assertTrue(browser.driver().getPageSource().contains("Contraseña"), "Spanish login page");
        browser.login(user, "viogen-demo");
        assertEquals(roleName, browser.find(By.id("current-role")).getText().trim());
        assertTrue(menuHas("menu.home"));
        for (String key : present.split(";")) {
            assertTrue(menuHas(key), user + " should see " + key);
        }
        for (String key : absent.split(";")) {
            assertFalse(menuHas(key), user + " must not see " + key);
        }
        assertTrue(browser.find(By.id("demo-banner")).getText().contains("DEMOSTRACIÓN"));
        browser.logout();
        browser.open("/home.xhtml");
        browser.waitFor(By.id("login:username"));
    }

    @Test
    void theLoginPageSpeaksEnglishOnRequest() {
        browser.open("/login.xhtml");
        browser.find(By.id("lang:lang-en")).click();
        browser.waitForText(By.cssSelector("label[for='login:password']"), "Password");
        browser.find(By.id("lang:lang-es")).click();
        browser.waitForText(By.cssSelector("label[for='login:password']"), "Contraseña");
    }

    @Test
    void anOfficerIsRefusedTheAdministrationPages() {
        browser.login("policia.valladolid", "viogen-demo");
        browser.open("/admin/users.xhtml");
        assertFalse(browser.driver().getPageSource().contains("Nuevo usuario"));
        assertEquals("Acceso no permitido", browser.find(By.id("error-title")).getText());
        try (Connection c = TestEnvironment.get().connect();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM platform.audit_log WHERE actor = "
                     + "'policia.valladolid' AND action = 'ACCESS_DENIED' AND record_id LIKE '%/admin/users.xhtml'");
             var rs = ps.executeQuery()) {
            rs.next();
            assertTrue(rs.getLong(1) >= 1, "the refusal is audited");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void fiveFailedLoginsLockTheAccount() throws Exception {
        try (Connection c = TestEnvironment.get().connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO platform.user_account (username, full_name, "
                     + "password_hash, role, unit_id) SELECT 'lockout.test', 'Prueba de bloqueo', password_hash, role, unit_id "
                     + "FROM platform.user_account WHERE username = 'policia.leon' ON CONFLICT (username) DO NOTHING")) {
            ps.executeUpdate();
        }
        for (int i = 0; i < 5; i++) {
            browser.open("/login.xhtml");
            browser.find(By.id("login:username")).sendKeys("lockout.test");
            browser.find(By.id("login:password")).sendKeys("wrong-password-" + i);
            browser.find(By.id("login:submit")).click();
            browser.waitFor(By.cssSelector(".ui-messages-error"));
        }
        browser.open("/login.xhtml");
        browser.find(By.id("login:username")).sendKeys("lockout.test");
        browser.find(By.id("login:password")).sendKeys("viogen-demo");
        browser.find(By.id("login:submit")).click();
        String message = browser.waitFor(By.cssSelector(".ui-messages-error")).getText();
        assertTrue(message.contains("bloqueada"), message);
        List<String> pages = List.of(browser.driver().getCurrentUrl());
        assertTrue(pages.get(0).contains("login"), "still on the login page");
    }
}
