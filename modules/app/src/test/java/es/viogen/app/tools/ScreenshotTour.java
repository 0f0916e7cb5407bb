package es.viogen.app.tools;

import es.viogen.app.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Not a test: a tour that logs in as each demo role and saves screenshots of the main pages into
 * {@code modules/app/target/tour/}, to look at the screens as a person would. Run it on demand:
 * {@code ./mvnw -B verify -Dtest=none -Dit.test=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false -Dviogen.tour.pages=/home.xhtml,/alerts.xhtml}
 */
class ScreenshotTour {

    @Test
    void tour() throws Exception {
        String[] users = System.getProperty("viogen.tour.users",
                "admin,regional.cyl,policia.valladolid,local.iscar,adhesion.cyl").split(",");
        String[] pages = System.getProperty("viogen.tour.pages", "/home.xhtml").split(",");
        Path dir = Path.of(System.getProperty("viogen.target", "target"), "tour");
        Files.createDirectories(dir);
        for (String user : users) {
            try (Browser browser = new Browser()) {
                browser.login(user, "viogen-demo");
                for (String page : pages) {
                    browser.open(page);
                    Thread.sleep(1500);
                    Path shot = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
                    Files.copy(shot, dir.resolve(user + page.replaceAll("[^A-Za-z0-9]+", "_") + ".png"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
