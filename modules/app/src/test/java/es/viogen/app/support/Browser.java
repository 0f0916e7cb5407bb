package es.viogen.app.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Headless Debian Chromium driven by Selenium, against the running WAR. Register it as an extension
 * ({@code @RegisterExtension Browser browser = new Browser();}): it opens a fresh browser per test, takes a screenshot
 * into {@code target/screenshots/} when a test fails, and quits.
 */
public final class Browser implements AfterEachCallback, AutoCloseable {

    private WebDriver driver;
    private final String base;

    public Browser() {
        this.base = TestEnvironment.get().baseUrl();
    }

    public WebDriver driver() {
        if (driver == null) {
            System.setProperty("webdriver.chrome.driver", System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("viogen.chromium", "/usr/bin/chromium"));
            try {
                Path profile = Files.createTempDirectory(Path.of(System.getProperty("viogen.target", "target")), "chromium-");
                options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--window-size=1400,1000", "--lang=es-ES",
                        "--user-data-dir=" + profile.toAbsolutePath());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            // the page's console, read by tests that fail on any JavaScript error
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver"))).build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        }
        return driver;
    }

    public void open(String path) {
        driver().get(base + path);
    }

    public String base() {
        return base;
    }

    /** Logs in through the login page and waits for the home page. */
    public void login(String username, String password) {
        open("/login.xhtml");
        driver().findElement(By.id("login:username")).sendKeys(username);
        driver().findElement(By.id("login:password")).sendKeys(password);
        driver().findElement(By.id("login:submit")).click();
        waitFor(By.id("home-title"));
    }

    public void logout() {
        driver().findElement(By.id("topbar:logout")).click();
        waitFor(By.id("login:username"));
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver(), Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * A wait that also outlasts a page being replaced while the condition reads it (an element found on the old page
     * goes stale when the new one arrives; the condition is simply asked again).
     */
    public WebDriverWait waiting(Duration d) {
        WebDriverWait wait = new WebDriverWait(driver(), d);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** The console messages at level SEVERE (JavaScript errors, failed resources) since the last call. */
    public java.util.List<String> consoleErrors() {
        return driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
    }

    public WebElement find(By by) {
        return driver().findElement(by);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            try {
                Path dir = Path.of(System.getProperty("viogen.target", "target"), "screenshots");
                Files.createDirectories(dir);
                File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png"), StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(dir.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".html"), driver.getPageSource());
            } catch (Exception e) {
                System.err.println("Could not take a screenshot: " + e);
            }
        }
        close();
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
