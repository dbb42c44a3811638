package gr.integrity.register.browser;

import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.browser.widgets.ConfirmDialog;
import gr.integrity.register.browser.widgets.DatePicker;
import gr.integrity.register.it.support.FixtureServlet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
        TestHttp.fixture(base, "/it-fixtures/organisation?name=" + URLEncoder.encode(organisation, StandardCharsets.UTF_8));
        String official = TestHttp.fixture(base, "/it-fixtures/official");
        browser.signIn(official, FixtureServlet.PASSWORD);
        long id = declareLateMeeting(organisation, "Λιμενικά τέλη κρουαζιέρας " + tag);

        // the auditor: the filing is in the queue with its flag, explained on its review page
        browser.signInAs("auditor", "demo-auditor-2026");
        browser.open("/auditor/queue.xhtml?state=AWAITING_REVIEW&type=MEETING&flag=LATE_FILING");
        assertTrue(browser.driver().findElements(By.cssSelector("a[href*='review.xhtml?id=" + id + "']")).size() == 1,
                "the filing is in the filtered queue");
        browser.open("/auditor/review.xhtml?id=" + id);
        assertTrue(browser.text("#flags").contains("εκπρόθεσμα"), browser.text("#flags"));
        browser.submit("review:take");
        assertEquals("Σε έλεγχο", browser.text("#state"));
        browser.type("review:message", "Ποιοι άλλοι παρέστησαν στη συνάντηση;");
        new DatePicker(browser, "review:dueDate").set(TODAY.plusDays(10), "dd/MM/yyyy");
        browser.submit("review:ask");
        assertEquals("Ζητήθηκαν διευκρινίσεις", browser.text("#state"), browser.text("main"));

        // the official sees the question and answers by amending; the review pages stay closed to them
        browser.signInAs(official, FixtureServlet.PASSWORD);
        browser.open("/auditor/queue.xhtml");
        assertEquals("Δεν επιτρέπεται η πρόσβαση", browser.text("main h1"));
        browser.open("/official/index.xhtml");
        assertTrue(browser.text("#clarifications").contains("Ποιοι άλλοι παρέστησαν"), browser.text("#clarifications"));
        browser.navigate(browser.find("#clarifications a"));
        browser.type("amend:reason", "Συμπλήρωση των προσώπων που παρέστησαν, κατόπιν ερώτησης του ελεγκτή.");
        browser.navigate(browser.find("[id='amend:start']"));
        browser.find("#f-header-otherOfficials input").sendKeys("Γενικός Γραμματέας Λιμένων");
        browser.navigate(browser.find("[id='edit:review']"));
        pages.confirmWarnings();
        assertTrue(pages.submitReviewed().endsWith("-2"));

        // the auditor accepts, and the trail has all of it
        browser.signInAs("auditor", "demo-auditor-2026");
        browser.open("/auditor/review.xhtml?id=" + id);
        assertEquals("Σε έλεγχο", browser.text("#state"));
        assertTrue(browser.text("#clarifications").contains("απαντήθηκε με την έκδοση 2"), browser.text("#clarifications"));
        ConfirmDialog.confirm(browser, "review:accept", "review:yes");
        assertEquals("Έγινε δεκτή", browser.text("#state"));

        browser.open("/audit/trail.xhtml?type=Declaration&object=" + id);
        String trail = browser.text("[id='trail:table']");
        for (String action : new String[]{"DECLARATION_SUBMITTED", "REVIEW_ASSIGNED", "CLARIFICATION_REQUESTED",
                "DECLARATION_AMENDED", "REVIEW_STATE_CHANGED"}) {
            assertTrue(trail.contains(action), action + " in " + trail);
        }
        browser.open("/audit/trail.xhtml?action=ACCESS_REFUSED&type=Page&actor=" + official);
        assertTrue(browser.text("[id='trail:table']").contains("/auditor/queue.xhtml"), "the refused attempt is recorded");
        browser.click(browser.byId("chain:verify"));
        assertTrue(browser.text("[id='chain:result']").contains("Η αλυσίδα ισχύει"), browser.text("[id='chain:result']"));
    }

    /** Declares, through the pages, a meeting held 20 days ago (so late); answers the declaration's id. */
    private long declareLateMeeting(String organisation, String subject) {
        browser.navigate(browser.find("[id='meeting-form:declare-meeting']"));
        browser.setDate(browser.find("#f-header-date input[type='date']"), TODAY.minusDays(20).toString());
        new Select(browser.find("#f-header-format select")).selectByValue("IN_PERSON");
        browser.find("#f-header-subject textarea").sendKeys(subject);
        pages.goToSection(MeetingSchema.ORGANISATIONS);
        pages.addItem();
        pages.pickOrganisation(organisation, organisation);
        browser.navigate(browser.find("[id='edit:review']"));
        // late: the warning is confirmed, and the filing accepted (and flagged)
        pages.confirmWarnings();
        pages.submitReviewed();
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(browser.address());
        assertTrue(id.find(), browser.address());
        return Long.parseLong(id.group(1));
    }

}
