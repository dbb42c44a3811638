package gr.integrity.register.browser;

import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.interest.InterestSchema;
import gr.integrity.register.browser.widgets.AutoComplete;
import gr.integrity.register.it.support.FixtureServlet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
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
@RunAsClient
class InterestFilingBrowserIT extends FilingBrowserTest {

    @Test
    void anOfficialFilesInterestsPickingOrganisationsFromTheRegister() throws Exception {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String university = "Πανεπιστήμιο Δοκιμών Αιγαίου " + tag;
        TestHttp.fixture(base, "/it-fixtures/organisation?name=" + URLEncoder.encode(university, StandardCharsets.UTF_8));
        String unknown = "Όμιλος Φίλων Ιστιοπλοΐας " + tag;

        browser.signIn(TestHttp.fixture(base, "/it-fixtures/official"), FixtureServlet.PASSWORD);
        pages.start(DeclarationType.INTEREST);
        assertTrue(browser.text("main h1").startsWith("Δήλωση οικονομικών συμφερόντων"), browser.text("main h1"));

        // an outside position: the organisation picked from the suggestions, pay typed the Greek way
        pages.goToSection(InterestSchema.POSITIONS);
        pages.addItem();
        String picked = new AutoComplete(browser, "fieldset.item [id$='-organisation'] input.ui-autocomplete-input")
                .pick("δοκιμων αιγαιου " + tag, university);
        assertEquals(university, picked);
        pages.fill("-role", "Διδάσκων σε μεταπτυχιακό πρόγραμμα");
        new Select(browser.find("fieldset.item [id$='-paid'] select")).selectByValue("PAID");
        pages.fill("-amount", "7.345");
        pages.date("-from", "2024-10-01");
        browser.navigate(browser.find("[id='edit:save']"));
        assertEquals("Συνδέθηκε με το μητρώο οργανισμών.", browser.text("fieldset.item [id$='-organisation'] .hint"));
        assertEquals("7.345", browser.find("fieldset.item [id$='-amount'] input").getAttribute("value"));

        // a membership of an organisation the register does not know: saved, and the rules say what will happen
        pages.goToSection(InterestSchema.MEMBERSHIPS);
        pages.addItem();
        new AutoComplete(browser, "fieldset.item [id$='-organisation'] input.ui-autocomplete-input").type(unknown);
        browser.navigate(browser.find("[id='edit:save']"));
        String warning = browser.text("fieldset.item [id$='-organisation'] .finding.warning");
        assertTrue(warning.contains("δεν υπάρχει στο μητρώο οργανισμών") && warning.contains(unknown), warning);

        // the review: no error, the warning confirmed, then the receipt
        browser.navigate(browser.find("[id='edit:review']"));
        assertEquals("Δεν βρέθηκαν σφάλματα.", browser.text(".notice p"));
        List<WebElement> confirmations = browser.driver().findElements(By.cssSelector(".warning-confirmation input[type='checkbox']"));
        assertEquals(1, confirmations.size(), browser.text("main"));
        pages.confirmWarnings();
        String receipt = pages.submitReviewed();
        assertTrue(receipt.matches("I\\d{4}-\\d{6}-1"), receipt);

        // the public page: both organisations by name, the pay as its band, never the exact figure
        pages.openPublicPageOfVersion(1);
        String publicPage = browser.text("main");
        assertTrue(publicPage.contains(university) && publicPage.contains(unknown), publicPage);
        assertTrue(publicPage.contains("5000–10000"), publicPage);
        // (hashes are left out of the search: four hex digits may spell 7345 by chance)
        String source = browser.driver().getPageSource().replaceAll("[0-9a-f]{64}", "");
        assertFalse(source.contains("7.345") || source.contains("7345"), "the exact pay is published only as its band");
    }
}
