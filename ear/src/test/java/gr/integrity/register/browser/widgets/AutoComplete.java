package gr.integrity.register.browser.widgets;

import gr.integrity.register.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A PrimeFaces {@code p:autoComplete}: words typed, the suggestion that names what is wanted clicked. */
public final class AutoComplete {

    private final Browser browser;
    private final WebElement input;

    /** The autocomplete whose text input the CSS selector finds (e.g. within the last item of a section). */
    public AutoComplete(Browser browser, String inputCss) {
        this.browser = browser;
        this.input = browser.find(inputCss);
    }

    /** Types the words and picks the suggestion containing the text; answers what the field then holds. */
    public String pick(String typed, String suggestion) {
        input.sendKeys(typed);
        browser.click(browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[contains(@class, 'ui-autocomplete-item') and contains(., " + literal(suggestion) + ")]"))));
        return input.getAttribute("value");
    }

    /** Types words without picking a suggestion: a name the register does not know. */
    public void type(String typed) {
        input.sendKeys(typed);
    }

    /** An XPath string literal for any text (names may hold an apostrophe). */
    private static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
