package gr.integrity.register.browser;

import gr.integrity.register.browser.widgets.Axe;
import gr.integrity.register.browser.widgets.Keyboard;
import gr.integrity.register.it.support.FixtureServlet;
import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.lobbying.MeetingSchema;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An official with no mouse signs in and files a meeting declaration from the dashboard to the receipt with the
 * keyboard alone: Tab to each control, keys into fields, Enter and the arrows to work buttons, lists and the
 * organisation's suggestions, and the confirmation dialog of the submission. Each page the filing goes through (the
 * draft's steps with an item added, the review, the receipt: pages no menu links to) also passes axe in Greek and
 * in English.
 */
@RunAsClient
class KeyboardFilingBrowserIT extends FilingBrowserTest {

    @Test
    void anOfficialFilesAMeetingDeclarationWithTheKeyboardAlone() throws Exception {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String organisation = "Σύλλογος Πληκτρολογίου " + tag;
        TestHttp.fixture(base, "/it-fixtures/organisation?name=" + URLEncoder.encode(organisation, StandardCharsets.UTF_8));
        String username = TestHttp.fixture(base, "/it-fixtures/official");
        Keyboard keys = new Keyboard(browser);
        Set<String> visited = new LinkedHashSet<>();

        browser.open("/login.xhtml");
        keys.tabTo("[id='login:username']");
        keys.type(username);
        keys.tabTo("[id='login:password']");
        keys.type(FixtureServlet.PASSWORD);
        keys.pressToNavigate(Keys.ENTER);

        keys.tabTo("[id='meeting-form:declare-meeting']");
        keys.pressToNavigate(Keys.ENTER);
        assertTrue(browser.text("main h1").startsWith("Δήλωση συνάντησης"), browser.text("main h1"));
        visited.add(page());
        axe("the draft's first step");

        LocalDate day = LocalDate.now(ZoneId.of("Europe/Athens")).minusDays(2);
        WebElement date = keys.tabTo("#f-header-date input[type='date']");
        // a date field takes its parts in the order of the browser's own language, each part moving on to the next
        keys.type(keys.dateAsTyped(day));
        assertEquals(day.toString(), date.getAttribute("value"), "the date typed");
        WebElement format = keys.tabTo("#f-header-format select");
        for (int i = 0; i < 10 && !"IN_PERSON".equals(format.getAttribute("value")); i++) {
            keys.type(Keys.ARROW_DOWN);
        }
        assertEquals("IN_PERSON", format.getAttribute("value"), "chosen with the arrows");
        keys.tabTo("#f-header-subject textarea");
        keys.type("Ψηφιακή προσβασιμότητα των υπηρεσιών " + tag);

        keys.tabTo("nav.steps a[data-section='" + MeetingSchema.ORGANISATIONS + "']");
        keys.pressToNavigate(Keys.ENTER);
        assertTrue(browser.address().contains("section=" + MeetingSchema.ORGANISATIONS), browser.address());
        keys.tabTo("[id='edit:add']");
        keys.press(Keys.ENTER);
        browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("fieldset.item"), 1));
        WebElement picked = keys.tabTo("fieldset.item [id$='-organisation'] input.ui-autocomplete-input");
        keys.type("πληκτρολογιου " + tag);
        keys.awaitShown("li.ui-autocomplete-item");
        keys.type(Keys.ARROW_DOWN);
        keys.press(Keys.ENTER);
        assertEquals(organisation, picked.getAttribute("value"), "the suggestion taken with the arrows and Enter");
        keys.tabTo("fieldset.item [id$='-representatives'] input");
        keys.type("Άννα Προσβάσιμη");
        visited.add(page());
        axe("the organisations step with an item");

        keys.tabTo("[id='edit:review']");
        keys.pressToNavigate(Keys.ENTER);
        assertEquals("Δεν βρέθηκαν σφάλματα.", browser.text(".notice p"));
        String review = page();
        axe("the review");
        // the draft is saved now: its steps and the review again, in English, then back to Greek to submit
        visited.add(review);
        for (String address : visited) {
            browser.openAddress(address + (address.contains("?") ? "&" : "?") + "lang=en");
            axe(address + " in English");
        }
        browser.openAddress(review + (review.contains("?") ? "&" : "?") + "lang=el");
        keys.tabTo("[id='review:submit']");
        keys.press(Keys.ENTER);
        keys.awaitShown("[id='review:yes']");
        keys.tabTo("[id='review:yes']");
        keys.pressToNavigate(Keys.ENTER);
        assertEquals("Απόδειξη υποβολής", browser.text("main h1"));
        assertTrue(browser.text("#receiptNumber").matches("M\\d{4}-\\d{6}-1"), browser.text("#receiptNumber"));
        axe("the receipt");
        String receipt = page();
        browser.openAddress(receipt + (receipt.contains("?") ? "&" : "?") + "lang=en");
        axe("the receipt in English");
        assertEquals(List.of(), problems);
    }

    private final List<String> problems = new ArrayList<>();

    /** The page as it stands, through axe: its serious and critical violations are kept for the end. */
    private void axe(String where) {
        problems.addAll(Axe.blocking(browser, where));
    }

    /** The page's address without a language chosen. */
    private String page() {
        return browser.address().replaceAll("[?&]lang=[a-z]+", "");
    }
}
