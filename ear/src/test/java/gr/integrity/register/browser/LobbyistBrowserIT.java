package gr.integrity.register.browser;

import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.it.support.FixtureServlet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An interest representative registers their consultancy through the pages (a malformed Transparency Register ID
 * is refused on its field, with what was typed kept), declares a client and a partner; an ADMIN confirms the
 * registration, and says that the person the representative named is the former minister the register knows; the
 * public page then shows the consultancy with its client and that person flagged from their mandate.
 */
@RunAsClient
class LobbyistBrowserIT extends FilingBrowserTest {

    @Test
    void aLobbyistRegistersTheirConsultancyAndAnAdminConfirmsIt() throws Exception {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String firm = "Σύμβουλοι Πολιτικής Ιονίου " + tag;
        String client = "Ξενοδοχειακή Ιονίου " + tag;
        // a former minister the register knows, whom the representative enters by name only
        String lobbyist = TestHttp.fixture(base, "/it-fixtures/former-official");
        browser.signIn(TestHttp.fixture(base, "/it-fixtures/lobbyist"), FixtureServlet.PASSWORD);

        browser.open("/lobbyist/index.xhtml");
        assertTrue(browser.text(".empty-state").contains("Δεν έχετε καταχωρίσει"), browser.text(".empty-state"));
        browser.type("organisation:nameEl", firm);
        browser.choose("organisation:category", "Σύμβουλοι επικοινωνίας και εκπροσώπησης");
        browser.type("organisation:euTransparencyId", "12345-6");
        browser.submit("organisation:save");
        assertTrue(browser.text("[id='organisation']").contains("8 έως 12 ψηφία"), browser.text("[id='organisation']"));
        assertEquals(firm, browser.find("[id='organisation:nameEl']").getAttribute("value"), "what was typed is kept");

        // unique per run: the register refuses a Transparency Register ID that another organisation holds
        browser.type("organisation:euTransparencyId", "0012" + tag + "-90");
        browser.submit("organisation:save");
        assertEquals("Προς επιβεβαίωση", browser.text("#status"));

        browser.type("clients:clientName_input", client);
        browser.submit("clients:addClient");
        assertTrue(browser.text("#clients").contains(client), browser.text("#clients"));
        browser.type("lobbyists:lobbyistName", lobbyist);
        browser.submit("lobbyists:addLobbyist");
        assertTrue(browser.text("ul#lobbyists").contains(lobbyist));
        assertTrue(browser.text("ul#lobbyists").contains("Προς επιβεβαίωση"), "the representative sees it waits");
        assertTrue(browser.text("#entries-waiting").contains("δεν δημοσιεύονται"), browser.text("#entries-waiting"));
        String organisationPage = browser.find("main a[href*='organisation.xhtml?id=']").getAttribute("href");
        String clientPage = browser.find("ul#clients a").getAttribute("href");

        // nobody has checked the registration: the public has no page for it, only the meetings that name it
        browser.driver().manage().deleteAllCookies();
        browser.openAddress(organisationPage);
        assertTrue(browser.address().contains("/meetings.xhtml?organisation="), browser.address());
        assertFalse(browser.text("main").contains(firm));

        browser.signInAs("admin", "demo-admin-2026");
        browser.openAddress(organisationPage.replace("/organisation.xhtml", "/admin/organisations/edit.xhtml"));
        browser.submit("organisation:confirm");
        assertEquals("Επιβεβαιωμένος", browser.text("#status"));
        // the name alone does not prove it is the former minister: the ADMIN is asked, and says it is
        assertTrue(browser.text("ul#lobbyists").contains("Ίσως πρόσωπο του μητρώου"), browser.text("ul#lobbyists"));
        assertTrue(browser.text("ul#lobbyists .namesakes").contains("Υφυπουργός Ναυτιλίας"));
        browser.navigate(browser.find("ul#lobbyists .namesakes button[id$='isPerson']"));
        assertTrue(browser.text("main").contains("συνδέθηκε με το πρόσωπο του μητρώου"), browser.text("main"));

        browser.openAddress(organisationPage);
        assertEquals(firm, browser.text("main h1"));
        assertTrue(browser.text("#lobbyists").contains(lobbyist), "confirmed with the registration");
        assertTrue(browser.text("#lobbyists").contains("Υφυπουργός Ναυτιλίας")
                && browser.text("#lobbyists").contains("Πρώην αξιωματούχος"), "flagged from the register's mandate: "
                + browser.text("#lobbyists"));
        assertFalse(browser.text("main").contains(client), "the client's own record is not checked yet");

        browser.openAddress(clientPage.replace("/organisation.xhtml", "/admin/organisations/edit.xhtml"));
        browser.submit("organisation:confirm");
        browser.openAddress(organisationPage);
        assertTrue(browser.text("#clients").contains(client), browser.text("#clients"));
    }
}
