package es.viogen.app.platform;

import es.viogen.app.support.Browser;
import es.viogen.app.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Somebody with database access changes an audit row: the administrator's verification names that row. The row is
 * restored afterwards so the chain stays whole for the other tests.
 */
class AuditTamperBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void tamperingIsFoundAtTheTamperedRow() throws Exception {
        browser.login("admin", "viogen-demo");
        browser.open("/audit/log.xhtml");
        browser.find(By.id("audit:verify")).click();
        browser.waitForText(By.id("audit:verification-result"), "íntegra");

        long victimRow;
        String originalPurpose;
        try (Connection c = TestEnvironment.get().connect(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, purpose FROM platform.audit_log ORDER BY id DESC OFFSET 3 LIMIT 1")) {
                rs.next();
                victimRow = rs.getLong(1);
                originalPurpose = rs.getString(2);
            }
            // an attacker with database rights: the append-only trigger has to be switched off first
            st.execute("ALTER TABLE platform.audit_log DISABLE TRIGGER audit_log_no_update");
            st.execute("UPDATE platform.audit_log SET purpose = 'nothing to see here' WHERE id = " + victimRow);
            st.execute("ALTER TABLE platform.audit_log ENABLE TRIGGER audit_log_no_update");
        }
        try {
            browser.open("/audit/log.xhtml");
            browser.find(By.id("audit:verify")).click();
            browser.waitForText(By.id("audit:verification-result"), "rota");
            String text = browser.find(By.id("audit:verification-result")).getText();
            assertTrue(text.contains("n.º " + victimRow), text);
        } finally {
            try (Connection c = TestEnvironment.get().connect(); Statement st = c.createStatement()) {
                st.execute("ALTER TABLE platform.audit_log DISABLE TRIGGER audit_log_no_update");
                try (var ps = c.prepareStatement("UPDATE platform.audit_log SET purpose = ? WHERE id = ?")) {
                    ps.setString(1, originalPurpose);
                    ps.setLong(2, victimRow);
                    ps.executeUpdate();
                }
                st.execute("ALTER TABLE platform.audit_log ENABLE TRIGGER audit_log_no_update");
            }
        }
    }

    @Test
    void theAppendOnlyTriggerRefusesUpdates() throws Exception {
        try (Connection c = TestEnvironment.get().connect(); Statement st = c.createStatement()) {
            st.executeQuery("SELECT 1").close();
            try {
                st.executeUpdate("UPDATE platform.audit_log SET purpose = 'x' WHERE id = (SELECT min(id) FROM platform.audit_log)");
                throw new AssertionError("the update went through");
            } catch (java.sql.SQLException e) {
                assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            }
        }
    }
}
