package gr.integrity.register.browser;

import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.FixtureServlet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An official files a declaration of interests through the pages, from an empty draft to the receipt: an outside
 * position at an organisation picked from the register's suggestions, a membership of one the register does not
 * know yet (a warning to confirm, then a pending record), and a public page that shows the pay as its band only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InterestFilingBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @ArquillianResource
    private URL base;

    private Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser(base);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void anOfficialFilesInterestsPickingOrganisationsFromTheRegister() throws Exception {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String university = "Πανεπιστήμιο Δοκιμών Αιγαίου " + tag;
        fixture("/it-fixtures/organisation?name=" + URLEncoder.encode(university, StandardCharsets.UTF_8));
        String unknown = "Όμιλος Φίλων Ιστιοπλοΐας " + tag;

        browser.signIn(fixture("/it-fixtures/official"), FixtureServlet.PASSWORD);
        clickAndWait(browser.driver().findElements(By.xpath("//tr[td[contains(., 'Δήλωση οικονομικών συμφερόντων')]]"
                + "//button[normalize-space(.)='Έναρξη υποβολής']")).get(0));
        assertTrue(browser.text("main h1").startsWith("Δήλωση οικονομικών συμφερόντων"), browser.text("main h1"));

        // an outside position: the organisation picked from the suggestions, pay typed the Greek way
        goToSection("Θέσεις και δραστηριότητες εκτός του αξιώματος");
        addItem();
        WebElement organisation = browser.find("fieldset.item [id$='-organisation'] input.ui-autocomplete-input");
        organisation.sendKeys("δοκιμων αιγαιου " + tag);
        WebElement suggestion = browser.waitFor().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + university + "')]")));
        suggestion.click();
        assertEquals(university, organisation.getAttribute("value"));
        fill("-role", "Διδάσκων σε μεταπτυχιακό πρόγραμμα");
        new Select(browser.find("fieldset.item [id$='-paid'] select")).selectByVisibleText("Αμειβόμενη");
        fill("-amount", "7.345");
        date("-from", "2024-10-01");
        clickAndWait(browser.find("[id='edit:save']"));
        assertEquals("Συνδέθηκε με το μητρώο οργανισμών.", browser.text("fieldset.item [id$='-organisation'] .hint"));
        assertEquals("7.345", browser.find("fieldset.item [id$='-amount'] input").getAttribute("value"));

        // a membership of an organisation the register does not know: saved, and the rules say what will happen
        goToSection("Μέλος σε οργανώσεις");
        addItem();
        browser.find("fieldset.item [id$='-organisation'] input.ui-autocomplete-input").sendKeys(unknown);
        clickAndWait(browser.find("[id='edit:save']"));
        String warning = browser.text("fieldset.item [id$='-organisation'] .finding.warning");
        assertTrue(warning.contains("δεν υπάρχει στο μητρώο οργανισμών") && warning.contains(unknown), warning);

        // the review: no error, the warning confirmed, then the receipt
        clickAndWait(browser.find("[id='edit:review']"));
        assertEquals("Δεν βρέθηκαν σφάλματα.", browser.text(".notice p"));
        List<WebElement> confirmations = browser.driver().findElements(By.cssSelector(".warning-confirmation input[type='checkbox']"));
        assertEquals(1, confirmations.size(), browser.text("main"));
        confirmations.get(0).click();
        browser.find("[id='review:submit']").click();
        clickAndWait(browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.id("review:yes"))));
        assertEquals("Απόδειξη υποβολής", browser.text("main h1"));
        assertTrue(browser.text("#receiptNumber").matches("I\\d{4}-\\d{6}-1"), browser.text("#receiptNumber"));

        // the public page: both organisations by name, the pay as its band, never the exact figure
        clickAndWait(browser.driver().findElement(By.linkText("Εκδόσεις και αλλαγές")));
        clickAndWait(browser.driver().findElement(By.linkText("1")));
        clickAndWait(browser.driver().findElement(By.linkText("Δημόσια σελίδα")));
        String publicPage = browser.text("main");
        assertTrue(publicPage.contains(university) && publicPage.contains(unknown), publicPage);
        assertTrue(publicPage.contains("5000–10000"), publicPage);
        // (hashes are left out of the search: four hex digits may spell 7345 by chance)
        String source = browser.driver().getPageSource().replaceAll("[0-9a-f]{64}", "");
        assertFalse(source.contains("7.345") || source.contains("7345"), "the exact pay is published only as its band");
    }

    private void goToSection(String label) {
        clickAndWait(browser.driver().findElement(By.xpath("//nav[@class='steps']//a[contains(normalize-space(.), '"
                + label + "')]")));
        assertEquals(label, browser.text("main h2"));
    }

    private void addItem() {
        int before = browser.driver().findElements(By.cssSelector("fieldset.item")).size();
        browser.find("[id='edit:add']").click();
        browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.item"), before + 1));
    }

    private void fill(String fieldSuffix, String text) {
        List<WebElement> inputs = browser.driver().findElements(By.cssSelector("fieldset.item [id$='" + fieldSuffix + "'] input"));
        WebElement input = inputs.get(inputs.size() - 1);
        input.clear();
        input.sendKeys(text);
    }

    /** A date input takes its value in ISO form whatever the browser's locale shows. */
    private void date(String fieldSuffix, String isoDate) {
        WebElement input = browser.find("fieldset.item [id$='" + fieldSuffix + "'] input[type='date']");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input, isoDate);
    }

    private void clickAndWait(WebElement element) {
        WebElement old = browser.driver().findElement(By.tagName("html"));
        element.click();
        browser.waitFor().until(ExpectedConditions.stalenessOf(old));
    }

    private String fixture(String path) throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, created.statusCode(), created.body());
        return created.body().strip();
    }
}
