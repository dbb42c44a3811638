package gr.integrity.register.browser.widgets;

import gr.integrity.register.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An irreversible step behind a PrimeFaces confirmation dialog: the button that asks, then the dialog's "yes",
 * which submits the page.
 */
public final class ConfirmDialog {

    private ConfirmDialog() {
    }

    /** Clicks the asking button, then the dialog's confirming one, and waits for the page that follows. */
    public static void confirm(Browser browser, String askingButtonId, String yesButtonId) {
        browser.click(browser.byId(askingButtonId));
        browser.navigate(browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.id(yesButtonId))));
    }
}
