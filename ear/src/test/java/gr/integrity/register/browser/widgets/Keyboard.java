package gr.integrity.register.browser.widgets;

import gr.integrity.register.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A user with no mouse: focus moves only with Tab (and Shift+Tab), keys go to whatever has focus, and a control is
 * worked with Enter, Space or the arrows. Reaching a control by Tab is itself what is tested: one the keyboard
 * cannot reach fails the test, naming it.
 */
public final class Keyboard {

    /** More Tab presses than any of the register's pages needs to reach its last control. */
    private static final int MOST_TABS = 250;

    private final Browser browser;

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    /** Presses Tab until the element the CSS selector finds has focus (and is seen to have it). */
    public WebElement tabTo(String css) {
        WebElement target = browser.find(css);
        for (int i = 0; i < MOST_TABS; i++) {
            if (focused(target)) {
                return target;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        fail("Tab never reached " + css + " (focus ended on " + describe(active()) + ")");
        return target;
    }

    /** Types into what has focus. */
    public void type(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Presses a key on what has focus and waits until the page it loads has settled. */
    public void pressToNavigate(CharSequence key) {
        browser.navigate(active(), key);
    }

    /** Presses a key on what has focus (an Ajax button, a dialog's trigger) and waits until the page is idle. */
    public void press(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
        browser.awaitIdle();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private boolean focused(WebElement target) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.activeElement === arguments[0];", target));
    }

    private static String describe(WebElement element) {
        return element.getTagName() + " id=" + element.getAttribute("id");
    }

    /**
     * The keys that enter a day into a date field: its parts in the order the browser's language writes them
     * (the order the field shows them in), each with all its digits.
     */
    public String dateAsTyped(java.time.LocalDate day) {
        Object order = ((JavascriptExecutor) browser.driver()).executeScript("return new Intl.DateTimeFormat()"
                + ".formatToParts(new Date(2000, 10, 22)).filter(p => p.type !== 'literal').map(p => p.type).join(',');");
        StringBuilder typed = new StringBuilder();
        for (String part : String.valueOf(order).split(",")) {
            typed.append(switch (part) {
                case "day" -> String.format("%02d", day.getDayOfMonth());
                case "month" -> String.format("%02d", day.getMonthValue());
                default -> String.format("%04d", day.getYear());
            });
        }
        return typed.toString();
    }

    /** Waits until an element is shown (a suggestion list, a dialog) without touching it. */
    public WebElement awaitShown(String css) {
        return browser.waitFor().until(d -> {
            WebElement e = d.findElement(By.cssSelector(css));
            return e.isDisplayed() ? e : null;
        });
    }
}
