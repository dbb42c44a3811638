package gr.integrity.register.browser;

import gr.integrity.register.browser.widgets.SelectOneMenu;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
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
 *
 * <p>Every wait is written here once, on a condition, never on time: a page load waits for the old page to go and
 * the new one to be complete; an Ajax click waits until jQuery and PrimeFaces' request queue are idle. PrimeFaces'
 * animations are switched off on every page, so that no wait depends on one finishing. Waits last up to a minute
 * ({@code -Dbrowser.wait.seconds}), sized for a loaded two-core machine; a passing test never waits that long.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final List<String> BROWSERS = List.of("/usr/lib/chromium/chromium", "/usr/bin/chromium",
            "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final Duration WAIT = Duration.ofSeconds(Integer.getInteger("browser.wait.seconds", 60));

    /** True once the page is loaded and no Ajax request or animation is under way. */
    private static final String IDLE = "return document.readyState === 'complete'"
            + " && (!window.jQuery || jQuery.active === 0)"
            + " && (!window.PrimeFaces || ((!PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
            + " && !PrimeFaces.animationActive));";
    /** Overlays, dialogs and menus then open and close at once (PrimeFaces' own switch, and jQuery's). */
    private static final String NO_ANIMATIONS = "if (window.PrimeFaces && PrimeFaces.utils"
            + " && PrimeFaces.utils.disableAnimations) { PrimeFaces.utils.disableAnimations(); }"
            + " if (window.jQuery) { jQuery.fx.off = true; }";

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
        driver.manage().timeouts().pageLoadTimeout(WAIT.multipliedBy(2));
        driver.manage().timeouts().scriptTimeout(WAIT);
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

    /** Opens a path of the register (e.g. "/meetings.xhtml?q=x") and waits until the page has settled. */
    public void open(String path) {
        openAddress(base.toString().replaceAll("/$", "") + path);
    }

    /** Opens a whole address (one a page linked to) and waits until the page has settled. */
    public void openAddress(String address) {
        driver.get(address);
        settle();
    }

    /** The visible element; when it does not come, the failure says which page was shown instead and what it said. */
    public WebElement find(String css) {
        try {
            return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        } catch (TimeoutException e) {
            throw new AssertionError("No visible " + css + " on " + driver.getCurrentUrl() + " (" + driver.getTitle()
                    + "), which showed: " + shown(), e);
        }
    }

    private String shown() {
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
        } catch (RuntimeException e) {
            return "(unreadable: " + e.getClass().getSimpleName() + ")";
        }
    }

    /** The element of a component by its client id ("form:field"), which CSS would otherwise read as a pseudo-class. */
    public WebElement byId(String id) {
        return find("[id='" + id + "']");
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String address() {
        return driver.getCurrentUrl();
    }

    public void type(String id, String value) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks the button with that id, which submits the page, and waits for the next page. */
    public void submit(String buttonId) {
        navigate(byId(buttonId));
    }

    /** Clicks what loads a new page (a link, a submitting button) and waits until the new page has settled. */
    public void navigate(WebElement element) {
        WebElement old = driver.findElement(By.tagName("html"));
        element.click();
        waitFor().until(d -> replaced(old));
        settle();
    }

    /** Presses a key on an element (Enter on a link or a field) that loads a new page, and waits for it. */
    public void navigate(WebElement element, CharSequence key) {
        WebElement old = driver.findElement(By.tagName("html"));
        element.sendKeys(key);
        waitFor().until(d -> replaced(old));
        settle();
    }

    /**
     * Whether the page an element belonged to has gone. Chromium reports a node of a page being replaced either as
     * stale or, while the new document is coming in, as a node that "does not belong to the document": both mean
     * the old page is gone.
     */
    private static boolean replaced(WebElement old) {
        try {
            old.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks what sends an Ajax request (or opens a widget) and waits until the page is idle again. */
    public void click(WebElement element) {
        waitFor().until(ExpectedConditions.elementToBeClickable(element)).click();
        awaitIdle();
    }

    /** Picks an option of a PrimeFaces select menu by its visible label. */
    public void choose(String menuId, String label) {
        new SelectOneMenu(this, menuId).select(label);
    }

    /** Sets a date input: it takes its value in ISO form whatever the browser's locale shows. */
    public void setDate(WebElement input, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        submit("login:signIn");
    }

    /** Signs out by forgetting the session, then signs in as someone else. */
    public void signInAs(String username, String password) {
        driver.manage().deleteAllCookies();
        signIn(username, password);
    }

    /** Waits until no Ajax request or animation is under way. */
    public void awaitIdle() {
        waitFor().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(IDLE)));
    }

    /** A loaded page: complete, its animations off, its start-up requests done. */
    private void settle() {
        waitFor().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        ((JavascriptExecutor) driver).executeScript(NO_ANIMATIONS);
        awaitIdle();
    }

    /**
     * A wait of up to a minute. An element replaced by an Ajax update while the condition reads it is read again,
     * not a failure: the condition is asked once more.
     */
    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
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
