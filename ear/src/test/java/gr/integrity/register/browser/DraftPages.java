package gr.integrity.register.browser;

import gr.integrity.register.browser.widgets.AutoComplete;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.browser.widgets.ConfirmDialog;
import gr.integrity.register.it.support.TestHttp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a filer does on the draft, review and receipt pages of any declaration type, step by step, as the browser
 * tests of each type do it: the pages are the same for every type, so are these steps.
 */
final class DraftPages {

    private final Browser browser;

    DraftPages(Browser browser) {
        this.browser = browser;
    }

    /** Starts filing the first open obligation of a declaration type (its button in the obligations' table). */
    void start(DeclarationType type) {
        browser.navigate(browser.find("button[data-type='" + type.name() + "']"));
    }

    /** Opens a section of the draft by its step in the steps' list; the section is then the current step. */
    void goToSection(String section) {
        browser.navigate(browser.find("nav.steps a[data-section='" + section + "']"));
        assertTrue(browser.address().contains("section=" + section), browser.address());
        browser.find("nav.steps li.current a[data-section='" + section + "']");
    }

    /** From a receipt, a version of its history, then that version's public page. */
    void openPublicPageOfVersion(int versionNo) {
        browser.navigate(browser.byId("history"));
        browser.navigate(browser.find("a[data-version='" + versionNo + "']"));
        browser.navigate(browser.byId("public-page"));
    }

    void addItem() {
        int before = browser.driver().findElements(By.cssSelector("fieldset.item")).size();
        browser.click(browser.byId("edit:add"));
        browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.item"), before + 1));
    }

    /** Types into the field of the last item whose id ends with the suffix (the field's name). */
    void fill(String fieldSuffix, String text) {
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector("fieldset.item [id$='" + fieldSuffix + "'] input"));
        WebElement input = inputs.get(inputs.size() - 1);
        input.clear();
        input.sendKeys(text);
    }

    String value(String fieldSuffix) {
        return browser.find("fieldset.item [id$='" + fieldSuffix + "'] input").getAttribute("value");
    }

    /** A date input takes its value in ISO form whatever the browser's locale shows. */
    void date(String fieldSuffix, String isoDate) {
        browser.setDate(browser.find("fieldset.item [id$='" + fieldSuffix + "'] input[type='date']"), isoDate);
    }

    /** Picks the organisation of the section's item from the register's suggestions. */
    void pickOrganisation(String typed, String name) {
        new AutoComplete(browser, "fieldset.item [id$='-organisation'] input.ui-autocomplete-input")
                .pick(typed, name);
    }

    /** Confirms every warning on the review page (each a checkbox to tick). */
    void confirmWarnings() {
        browser.driver().findElements(By.cssSelector(".warning-confirmation input[type='checkbox']"))
                .forEach(box -> browser.click(box));
    }

    /** Submits from the review page through its confirmation dialog; returns the receipt number. */
    String submitReviewed() {
        ConfirmDialog.confirm(browser, "review:submit", "review:yes");
        assertEquals("Απόδειξη υποβολής", browser.text("main h1"));
        return browser.text("#receiptNumber");
    }}
