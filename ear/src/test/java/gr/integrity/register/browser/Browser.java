package gr.integrity.register.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Headless Chromium for the browser tests, driven through Debian's chromedriver so that nothing is downloaded.
 * Missing Chromium or its driver fails the test with a message naming them: browser tests never skip silently.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final List<String> BROWSERS = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium",
            "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    private final WebDriver driver;
    private final Path profile;
    private final URL base;

    public Browser(URL base) {
        this.base = base;
        String driverPath = locate("CHROMEDRIVER", DRIVERS, "chromedriver (Debian package chromium-driver)");
        String browserPath = locate("CHROME_BINARY", BROWSERS, "Chromium (Debian package chromium)");
        try {
            profile = Files.createTempDirectory("register-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browserPath);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--window-size=1280,1000", "--lang=el", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static String locate(String variable, List<String> candidates, String what) {
        String configured = System.getenv(variable);
        if (configured != null && new File(configured).canExecute()) {
            return configured;
        }
        return candidates.stream().filter(path -> new File(path).canExecute()).findFirst()
                .orElseThrow(() -> new IllegalStateException("The browser tests need " + what
                        + ": install it (apt-get install chromium chromium-driver) or set " + variable
                        + " to its path. Looked in " + candidates));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public void type(String id, String value) {
        WebElement field = find("[id='" + id + "']");
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks a button that submits the page and waits for the next page to load. */
    public void submit(String buttonId) {
        WebElement old = driver.findElement(By.tagName("html"));
        find("[id='" + buttonId + "']").click();
        waitFor().until(ExpectedConditions.stalenessOf(old));
    }

    /** Picks an option of a PrimeFaces select menu by its visible label. */
    public void choose(String menuId, String label) {
        find("[id='" + menuId + "']").click();
        waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + menuId + "_items'] li[data-label=\"" + label + "\"]"))).click();
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[id='" + menuId + "_panel']")));
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        submit("login:signIn");
    }

    /**
     * A wait of up to 20 seconds. An element replaced by an Ajax update while the condition reads it is read again,
     * not a failure: the condition is asked once more.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
