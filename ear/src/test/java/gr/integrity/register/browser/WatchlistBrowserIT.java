package gr.integrity.register.browser;

import gr.integrity.register.browser.widgets.Axe;
import gr.integrity.register.it.support.DeliveredMail;
import gr.integrity.register.it.support.TestHttp;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Following an official by e-mail through the pages, as a visitor with no account: the person page's link, an
 * address that is not one refused on its field, the confirmation mail's link, the digest after an amendment, and
 * the one-click stop. In Greek and English, through axe.
 */
@RunAsClient
class WatchlistBrowserIT extends FilingBrowserTest {

    private static final Pattern CONFIRM = Pattern.compile("/watch\\.xhtml\\?confirm=([A-Za-z0-9_-]{43})");
    private static final Pattern STOP = Pattern.compile("/watch\\.xhtml\\?stop=([A-Za-z0-9_-]{43})");

    @Test
    void aVisitorFollowsAnOfficialConfirmsGetsTheDigestAndStopsInOneClick() throws Exception {
        String declarationId = TestHttp.fixture(base, "/it-fixtures/late-filing?category=POLITICAL").split(" ")[1];
        String email = "follower-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        List<String> problems = new ArrayList<>();

        browser.open("/declaration.xhtml?id=" + declarationId + "&lang=el");
        browser.navigate(browser.find(".lead a[href*='person.xhtml']"));
        String official = browser.text("main h1");
        browser.navigate(browser.find("#follow"));
        assertEquals(official, browser.text("#watch-subject"));
        problems.addAll(Axe.blocking(browser, "the follow form"));
        browser.type("follow:email", "όχι διεύθυνση");
        browser.submit("follow:send");
        assertTrue(browser.text("main").contains("Γράψτε μια διεύθυνση ηλεκτρονικού ταχυδρομείου"), browser.text("main"));
        browser.type("follow:email", email);
        browser.submit("follow:send");
        assertTrue(browser.text("#asked").contains("Στείλαμε"), browser.text("#asked"));

        Matcher confirm = CONFIRM.matcher(DeliveredMail.textTo(email, 1));
        assertTrue(confirm.find(), "the confirmation link");
        browser.open("/watch.xhtml?confirm=" + confirm.group(1));
        assertTrue(browser.text("#watch-result").contains("επιβεβαιώθηκε") && browser.text("#watched").equals(official),
                browser.text("main"));

        assertEquals("1", TestHttp.fixture(base, "/it-fixtures/amend-and-digest?declaration=" + declarationId));
        String digest = DeliveredMail.textTo(email, 2);
        assertTrue(digest.contains(official) && digest.contains("τροποποίηση (έκδοση 2)"), digest);
        Matcher stop = STOP.matcher(digest);
        assertTrue(stop.find(), "the stop link");
        browser.open("/watch.xhtml?stop=" + stop.group(1) + "&lang=en");
        assertTrue(browser.text("#watch-result").contains("The watch is stopped"), browser.text("main"));
        problems.addAll(Axe.blocking(browser, "the stopped watch in English"));
        assertEquals("0", TestHttp.fixture(base, "/it-fixtures/amend-and-digest?declaration=" + declarationId),
                "nothing is sent once stopped");
        browser.open("/watch.xhtml?stop=" + "x".repeat(43));
        assertTrue(browser.text("#watch-problem").contains("The link is not valid"), browser.text("main"));
        assertEquals(List.of(), problems);
    }
}
