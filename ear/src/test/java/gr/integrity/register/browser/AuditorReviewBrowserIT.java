package gr.integrity.register.browser;

import gr.integrity.register.it.support.FixtureServlet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The oversight round trip through the pages: an official declares a meeting late; the auditor finds it in the
 * queue with its flag explained, takes it and asks a question; the official sees the question on their page and
 * answers by amending; the auditor accepts the amended filing and finds all of it in the audit trail, whose chain
 * holds.
 */
@RunAsClient
class AuditorReviewBrowserIT extends FilingBrowserTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Athens"));

    @Test
    void anAuditorAsksAClarificationTheOfficialAnswersByAmendingAndTheAuditorAccepts() throws Exception {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String organisation = "Ένωση Λιμένων Ελέγχου " + tag;
        DraftPages.fixture(base, "/it-fixtures/organisation?name=" + URLEncoder.encode(organisation, StandardCharsets.UTF_8));
        String official = DraftPages.fixture(base, "/it-fixtures/official");
        browser.signIn(official, FixtureServlet.PASSWORD);
        long id = declareLateMeeting(organisation, "Λιμενικά τέλη κρουαζιέρας " + tag);

        // the auditor: the filing is in the queue with its flag, explained on its review page
        signInAs("auditor", "demo-auditor-2026");
        browser.open("/auditor/queue.xhtml?state=AWAITING_REVIEW&type=MEETING&flag=LATE_FILING");
        assertTrue(browser.driver().findElements(By.cssSelector("a[href*='review.xhtml?id=" + id + "']")).size() == 1,
                "the filing is in the filtered queue");
        browser.open("/auditor/review.xhtml?id=" + id);
        assertTrue(browser.text("#flags").contains("εκπρόθεσμα"), browser.text("#flags"));
        browser.submit("review:take");
        assertEquals("Σε έλεγχο", browser.text("#state"));
        browser.type("review:message", "Ποιοι άλλοι παρέστησαν στη συνάντηση;");
        browser.type("review:dueDate_input", TODAY.plusDays(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.submit("review:ask");
        assertEquals("Ζητήθηκαν διευκρινίσεις", browser.text("#state"));

        // the official sees the question and answers by amending; the review pages stay closed to them
        signInAs(official, FixtureServlet.PASSWORD);
        browser.open("/auditor/queue.xhtml");
        assertEquals("Δεν επιτρέπεται η πρόσβαση", browser.text("main h1"));
        browser.open("/official/index.xhtml");
        assertTrue(browser.text("#clarifications").contains("Ποιοι άλλοι παρέστησαν"), browser.text("#clarifications"));
        pages.clickAndWait(browser.find("#clarifications a"));
        browser.type("amend:reason", "Συμπλήρωση των προσώπων που παρέστησαν, κατόπιν ερώτησης του ελεγκτή.");
        pages.clickAndWait(browser.find("[id='amend:start']"));
        browser.find("#f-header-otherOfficials input").sendKeys("Γενικός Γραμματέας Λιμένων");
        pages.clickAndWait(browser.find("[id='edit:review']"));
        browser.driver().findElements(By.cssSelector(".warning-confirmation input[type='checkbox']"))
                .forEach(box -> box.click());
        assertTrue(pages.submitReviewed().endsWith("-2"));

        // the auditor accepts, and the trail has all of it
        signInAs("auditor", "demo-auditor-2026");
        browser.open("/auditor/review.xhtml?id=" + id);
        assertEquals("Σε έλεγχο", browser.text("#state"));
        assertTrue(browser.text("#clarifications").contains("απαντήθηκε με την έκδοση 2"), browser.text("#clarifications"));
        browser.find("[id='review:accept']").click();
        pages.clickAndWait(browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.id("review:yes"))));
        assertEquals("Έγινε δεκτή", browser.text("#state"));

        browser.open("/audit/trail.xhtml?type=Declaration&object=" + id);
        String trail = browser.text("[id='trail:table']");
        for (String action : new String[]{"DECLARATION_SUBMITTED", "REVIEW_ASSIGNED", "CLARIFICATION_REQUESTED",
                "DECLARATION_AMENDED", "REVIEW_STATE_CHANGED"}) {
            assertTrue(trail.contains(action), action + " in " + trail);
        }
        browser.open("/audit/trail.xhtml?action=ACCESS_REFUSED&type=Page&actor=" + official);
        assertTrue(browser.text("[id='trail:table']").contains("/auditor/queue.xhtml"), "the refused attempt is recorded");
        browser.find("[id='chain:verify']").click();
        browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain:result"), "Η αλυσίδα ισχύει"));
    }

    /** Declares, through the pages, a meeting held 20 days ago (so late); answers the declaration's id. */
    private long declareLateMeeting(String organisation, String subject) {
        pages.clickAndWait(browser.find("[id='meeting-form:declare-meeting']"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find("#f-header-date input[type='date']"), TODAY.minusDays(20).toString());
        new Select(browser.find("#f-header-format select")).selectByVisibleText("Δια ζώσης");
        browser.find("#f-header-subject textarea").sendKeys(subject);
        pages.goToSection("Οργανισμοί και πρόσωπα που συναντήσατε");
        pages.addItem();
        browser.find("fieldset.item [id$='-organisation'] input.ui-autocomplete-input").sendKeys(organisation);
        browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//li[contains(@class, 'ui-autocomplete-item') and contains(., '" + organisation + "')]"))).click();
        pages.clickAndWait(browser.find("[id='edit:review']"));
        // late: the warning is confirmed, and the filing accepted (and flagged)
        browser.driver().findElements(By.cssSelector(".warning-confirmation input[type='checkbox']"))
                .forEach(box -> box.click());
        pages.submitReviewed();
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(id.find(), browser.driver().getCurrentUrl());
        return Long.parseLong(id.group(1));
    }

    private void signInAs(String username, String password) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(username, password);
    }
}
