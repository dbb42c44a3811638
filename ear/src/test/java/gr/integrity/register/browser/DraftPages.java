package gr.integrity.register.browser;

import gr.integrity.register.browser.widgets.AutoComplete;
import gr.integrity.register.browser.widgets.ConfirmDialog;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a filer does on the draft, review and receipt pages of any declaration type, step by step, as the browser
 * tests of each type do it: the pages are the same for every type, so are these steps.
 */
final class DraftPages {

    private final Browser browser;

    DraftPages(Browser browser) {
        this.browser = browser;
    }

    /** Starts filing the first open obligation of a declaration type, by the type's name in the table. */
    void start(String typeLabel) {
        browser.navigate(browser.driver().findElements(By.xpath("//tr[td[contains(., '" + typeLabel + "')]]"
                + "//button[normalize-space(.)='Έναρξη υποβολής']")).get(0));
    }

    void goToSection(String label) {
        browser.navigate(browser.driver().findElement(By.xpath("//nav[@class='steps']//a[contains(normalize-space(.), '"
                + label + "')]")));
        assertEquals(label, browser.text("main h2"));
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
    }

    /** Asks the test deployment's fixture servlet for data of the test's own; answers what it answers. */
    static String fixture(URL base, String path) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        return created.body().strip();
    }
}
