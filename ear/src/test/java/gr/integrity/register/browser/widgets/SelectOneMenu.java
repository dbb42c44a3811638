package gr.integrity.register.browser.widgets;

import gr.integrity.register.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A PrimeFaces {@code p:selectOneMenu}: opened by a click, an option clicked by its label, closed again. */
public final class SelectOneMenu {

    private final Browser browser;
    private final String id;

    public SelectOneMenu(Browser browser, String id) {
        this.browser = browser;
        this.id = id;
    }

    public void select(String label) {
        browser.click(browser.byId(id));
        browser.click(browser.waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + id + "_items'] li[data-label=\"" + label + "\"]"))));
        browser.waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[id='" + id + "_panel']")));
    }

    /** The label shown for the option chosen. */
    public String selected() {
        return browser.byId(id + "_label").getText();
    }
}
