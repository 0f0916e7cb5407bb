package es.viogen.app.municipal;

import es.viogen.app.support.Browser;
import es.viogen.app.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator re-imports the registry: a malformed file is refused and changes nothing; a good one is applied. */
class RegistryImportBrowserIT {

    private static final String HEADER = "ine_code,name,name_ine,province_code,province_name,ccaa_code,ccaa_name,population,"
            + "population_year,lat,lon,seat\n";

    @RegisterExtension
    final Browser browser = new Browser();

    private static long registryFingerprint() throws Exception {
        try (Connection c = TestEnvironment.get().connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) * 1000003 + SUM(population) + SUM(version) FROM municipal.municipality")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int population(String ine) throws Exception {
        try (Connection c = TestEnvironment.get().connect();
             PreparedStatement ps = c.prepareStatement("SELECT population FROM municipal.municipality WHERE ine_code = ?")) {
            ps.setString(1, ine);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void upload(String content) throws Exception {
        Path dir = Path.of(System.getProperty("viogen.target", "target"));
        Path file = Files.createTempFile(dir, "registry-", ".csv");
        Files.writeString(file, content);
        browser.open("/municipal/admin/import.xhtml");
        browser.waitFor(By.id("import-title"));
        browser.find(By.cssSelector("#f\\:file input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }

    @Test
    void aMalformedFileIsRefusedAndAGoodOneIsAppliedWithASummary() throws Exception {
        browser.login("admin", "viogen-demo");
        long before = registryFingerprint();
        // a duplicate code and a non-numeric population, after a good row: the whole file is refused
        upload(HEADER
                + "01001,Alegría-Dulantzi,Alegría-Dulantzi,01,Araba/Álava,16,País Vasco,1,2025,42.84,-2.51,Alegría-Dulantzi\n"
                + "01001,Alegría-Dulantzi,Alegría-Dulantzi,01,Araba/Álava,16,País Vasco,2,2025,42.84,-2.51,Alegría-Dulantzi\n"
                + "01002,Amurrio,Amurrio,01,Araba/Álava,16,País Vasco,diez mil,2025,43.05,-3.00,Amurrio\n");
        browser.waitForText(By.id("f:messages"), "no se ha cambiado nada");
        String messages = browser.find(By.id("f:messages")).getText();
        assertTrue(messages.contains("Línea 3") && messages.contains("repetido"), messages);
        assertTrue(messages.contains("Línea 4") && messages.contains("no es un número entero"), messages);
        assertEquals(before, registryFingerprint(), "nothing changed");

        upload("code,name\n01001,Alegría\n");
        browser.waitForText(By.id("f:messages"), "Cabecera incorrecta");
        assertEquals(before, registryFingerprint(), "nothing changed");

        // a good file: one population revised
        int old = population("01002");
        upload(HEADER + "01002,Amurrio,Amurrio,01,Araba/Álava,16,País Vasco," + (old + 7) + ",2025,43.05427776,-3.00007326,Amurrio\n");
        browser.waitForText(By.id("f:summary"), "1 actualizados");
        assertEquals(old + 7, population("01002"));
        assertTrue(browser.find(By.id("f:summary")).getText().contains("01002 Amurrio"));
    }
}
