package gr.integrity.register.browser;

import gr.integrity.register.it.support.FixtureServlet;
import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.returns.AnnualReturns;
import gr.integrity.register.returns.ReturnSchemas;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The annual lobbying returns through the pages, by each role involved: a representative files its organisation's
 * return of last year, an institution's liaison its declaration of the lobbying received, and an auditor finds,
 * on the reconciliation page, the meeting of the return that no official declared, with the other side empty.
 */
@RunAsClient
class AnnualReturnsBrowserIT extends FilingBrowserTest {

    private static final int YEAR = AnnualReturns.defaultYear();

    @Test
    void aRepresentativeAndALiaisonFileTheirReturnsAndTheAuditorSeesWhatNoOfficialDeclared() throws Exception {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String firm = "Σύμβουλοι Ενέργειας " + tag;
        browser.signIn(TestHttp.fixture(base, "/it-fixtures/lobbyist"), FixtureServlet.PASSWORD);
        browser.open("/lobbyist/index.xhtml");
        browser.type("organisation:nameEl", firm);
        browser.choose("organisation:category", "Σύμβουλοι επικοινωνίας και εκπροσώπησης");
        browser.submit("organisation:save");

        browser.navigate(browser.byId("nav-returns"));
        assertEquals("Ετήσιες δηλώσεις άσκησης επιρροής", browser.text("main h1"));
        assertTrue(browser.text("#returns").contains("Καμία δήλωση ακόμη"), browser.text("#returns"));
        assertEquals(String.valueOf(YEAR), new Select(browser.find("[id='open:year']")).getFirstSelectedOption().getText(),
                "last year's return is the one due");
        browser.submit("open:start");
        assertEquals("Ετήσια δήλωση δραστηριοτήτων άσκησης επιρροής " + YEAR, browser.text("main h1"));
        assertTrue(browser.text("p.lead").contains(firm) && browser.text("p.lead").contains("31/05/" + (YEAR + 1)),
                browser.text("p.lead"));

        pages.goToSection(ReturnSchemas.ACTIVITIES);
        pages.addItem();
        pages.date("-date", (YEAR - 1) + "-11-03");
        new Select(browser.find("fieldset.item [id$='-method'] select")).selectByValue("MEETING");
        pages.fill("-official", "Υφυπουργός Ανδρέας Στεφανίδης " + tag);
        pages.fill("-institution", "Υπουργείο Περιβάλλοντος");
        pages.fill("-policyArea", "Ενέργεια");
        pages.fill("-decision", "Νομοσχέδιο για την αποθήκευση ενέργειας");
        pages.fill("-lobbiedBy", "Άννα Λαμπράκη");
        browser.navigate(browser.find("[id='edit:review']"));
        assertTrue(browser.text("main").contains("Η επαφή έχει ημερομηνία εκτός του " + YEAR), browser.text("main"));

        // corrected on its field, the return goes through; the date typed is kept until then
        browser.navigate(browser.find("main a[href*='section=" + ReturnSchemas.ACTIVITIES + "']"));
        assertEquals((YEAR - 1) + "-11-03", browser.find("fieldset.item [id$='-date'] input[type='date']").getAttribute("value"));
        pages.date("-date", YEAR + "-11-03");
        browser.navigate(browser.find("[id='edit:review']"));
        pages.confirmWarnings();
        String receipt = pages.submitReviewed();
        assertTrue(receipt.matches("L" + YEAR + "-\\d{6}-1"), receipt);
        // the return is public at once: its page names the organisation and the contact
        pages.openPublicPageOfVersion(1);
        assertTrue(browser.text("main").contains(firm) && browser.text("main").contains("Στεφανίδης " + tag),
                browser.text("main"));
        browser.open("/returns/index.xhtml");
        assertTrue(browser.text("#returns").contains(firm) && browser.text("#returns").contains("υποβλήθηκε, έκδοση 1"),
                browser.text("#returns"));

        // the liaison declares what the institution received: a nil declaration, confirmed
        browser.driver().manage().deleteAllCookies();
        String liaison = TestHttp.fixture(base, "/it-fixtures/liaison").split(" ")[0];
        browser.signInAs(liaison, FixtureServlet.PASSWORD);
        browser.navigate(browser.byId("nav-returns"));
        browser.submit("open:start");
        assertEquals("Ετήσια δήλωση δεχθείσας επιρροής " + YEAR, browser.text("main h1"));
        browser.navigate(browser.find("[id='edit:review']"));
        assertTrue(browser.text("main").contains("ο φορέας δεν δέχθηκε άσκηση επιρροής"), browser.text("main"));
        pages.confirmWarnings();
        assertTrue(pages.submitReviewed().matches("L" + YEAR + "-\\d{6}-1"));

        // the auditor sees the meeting no official declared, with both sides
        browser.driver().manage().deleteAllCookies();
        browser.signInAs("auditor", "demo-auditor-2026");
        browser.open("/auditor/reconciliation.xhtml?year=" + YEAR);
        String page = browser.text("#discrepancies");
        assertTrue(page.contains("RETURN_NOT_DECLARED") && page.contains(firm)
                && page.contains("Στεφανίδης " + tag) && page.contains("Τίποτε για τον οργανισμό αυτόν"), page);
    }
}
