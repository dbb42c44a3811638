package gr.integrity.register.browser;

import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.it.support.FixtureServlet;
import gr.integrity.register.it.support.TestHttp;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An official files an asset declaration through the pages, from an empty draft to the receipt, then amends it:
 * the rules speak on the field at fault without losing what was typed, the receipt carries the number, hash and
 * PDF, and the public sees the amended version without the private account number.
 */
@RunAsClient
class DeclarationFilingBrowserIT extends FilingBrowserTest {

    private static final String ACCOUNT_NUMBER = "GR1601101250000000012300695";

    @Test
    void anOfficialFilesFromEmptyToReceiptThenAmends() throws Exception {
        browser.signIn(TestHttp.fixture(base, "/it-fixtures/official"), FixtureServlet.PASSWORD);
        assertEquals("Οι δηλώσεις μου", browser.text("main h1"));
        assertTrue(browser.text("#declarations").contains("Δεν έχετε ξεκινήσει ακόμη καμία δήλωση."));

        pages.start(DeclarationType.ASSET);
        assertTrue(browser.text("main h1").startsWith("Δήλωση περιουσιακής κατάστασης"), browser.text("main"));

        // a deposit with a negative amount: the message on the field, the value kept
        pages.goToSection(AssetSchema.DEPOSITS);
        pages.addItem();
        new Select(browser.find("fieldset.item [id$='-kind'] select")).selectByValue("DEPOSIT");
        pages.fill("-amount", "-500");
        pages.fill("-accountNumber", ACCOUNT_NUMBER);
        browser.navigate(browser.find("[id='edit:save']"));
        assertTrue(browser.text("fieldset.item [id$='-amount'] .finding.error").contains("Το ποσό δεν μπορεί να είναι αρνητικό."));
        assertEquals("-500", pages.value("-amount"));
        assertEquals("true", browser.find("fieldset.item [id$='-amount'] input").getAttribute("aria-invalid"));

        // the review lists the errors, each a link to its field; submitting is impossible while they remain
        browser.navigate(browser.find("[id='edit:review']"));
        String errors = browser.text("#errors");
        assertTrue(errors.contains("Το ποσό δεν μπορεί να είναι αρνητικό."), errors);
        assertTrue(errors.contains("Για κάθε κατάθεση δηλώνεται το πιστωτικό ίδρυμα."), errors);
        assertFalse(browser.find("[id='review:submit']").isEnabled());
        browser.navigate(browser.find("#errors a"));
        assertTrue(browser.address().contains("section=deposits"));

        pages.fill("-amount", "12.500,50");
        pages.fill("-institution", "Τράπεζα Πειραιώς");
        pages.goToSection(AssetSchema.INCOME);
        pages.addItem();
        new Select(browser.find("fieldset.item [id$='-source'] select")).selectByValue("SALARY");
        pages.fill("-payer", "Υπουργείο Δοκιμών");
        pages.fill("-amount", "41.000");
        browser.navigate(browser.find("[id='edit:review']"));
        assertEquals("Δεν βρέθηκαν σφάλματα.", browser.text(".notice p"));

        String receipt = pages.submitReviewed();
        assertTrue(receipt.matches("A\\d{4}-\\d{6}-1"), receipt);
        assertTrue(browser.text("#contentHash").matches("[0-9a-f]{64}"));
        assertPdf(browser.find("#pdf").getAttribute("href"));

        // the amendment: a reason, a corrected amount, a second version; the first stays as it was
        browser.type("amend:reason", "Διόρθωση του υπολοίπου σύμφωνα με τη βεβαίωση της τράπεζας.");
        browser.navigate(browser.find("[id='amend:start']"));
        assertTrue(browser.text(".notice").contains("τροποποιεί την έκδοση 1"));
        pages.goToSection(AssetSchema.DEPOSITS);
        // shown back as a Greek page writes it, so that "13.100" typed next is thirteen thousand one hundred
        assertEquals("12.500,5", pages.value("-amount"));
        pages.fill("-amount", "13.100");
        browser.navigate(browser.find("[id='edit:review']"));
        String amended = pages.submitReviewed();
        assertTrue(amended.endsWith("-2"), amended);
        assertEquals(receipt.substring(0, receipt.length() - 2), amended.substring(0, amended.length() - 2));

        browser.navigate(browser.byId("history"));
        assertEquals(2, browser.driver().findElements(By.cssSelector("[id='versions_data'] tr")).size());
        String changes = browser.text("[id='changes_data']");
        assertTrue(changes.contains("12.500,5") && changes.contains("13.100"), changes);

        browser.navigate(browser.find("a[data-version='2']"));
        browser.navigate(browser.byId("public-page"));
        String publicPage = browser.text("main");
        assertTrue(publicPage.contains("13.100"), publicPage);
        assertTrue(publicPage.contains("Τράπεζα Πειραιώς"));
        assertFalse(browser.driver().getPageSource().contains(ACCOUNT_NUMBER), "the account number is private");

        // another official who changes the identifier in the address is refused, and told so
        String declaration = browser.address().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.open("/index.xhtml");
        browser.submit("sign-out");
        browser.signIn(TestHttp.fixture(base, "/it-fixtures/official"), FixtureServlet.PASSWORD);
        browser.open("/official/declarations/edit.xhtml?id=" + declaration);
        assertEquals("Δεν επιτρέπεται η πρόσβαση", browser.text("main h1"));
        browser.open("/official/declarations/receipt.xhtml?id=" + declaration + "&v=1");
        assertEquals("Δεν επιτρέπεται η πρόσβαση", browser.text("main h1"));
        assertFalse(browser.driver().getPageSource().contains("13.100"));
    }

    private void assertPdf(String href) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> pdf = TestHttp.CLIENT.send(TestHttp.request(href)
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }
}
