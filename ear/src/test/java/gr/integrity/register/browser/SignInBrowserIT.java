package gr.integrity.register.browser;

import gr.integrity.register.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in with the demo accounts: messages, navigation per role, and pages a role may not open. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
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
    void aWrongPasswordShowsItsMessageAndKeepsTheUserOut() {
        browser.signIn("official", "not-the-password");

        assertEquals("Λάθος όνομα χρήστη ή κωδικός.", browser.text(".ui-messages-error-summary"));
        assertTrue(browser.address().contains("/login.xhtml"));
        assertEquals("", browser.find("[id='login:password']").getAttribute("value"));
    }

    @Test
    void anOfficialSeesTheirOwnNavigationAndIsRefusedTheAdministration() {
        browser.open("/login.xhtml");
        String sessionBefore = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        browser.signIn("official", "demo-official-2026");

        assertEquals("Οι δηλώσεις μου", browser.text("main h1"));
        String navigation = browser.text("nav.site-nav");
        assertTrue(navigation.contains("Οι δηλώσεις μου"));
        assertFalse(navigation.contains("Διαχείριση"));
        assertTrue(browser.text("[id='obligations-form:obligations']").contains("Δήλωση περιουσιακής κατάστασης"));
        // signing in gives a new session id: one planted before is worth nothing
        assertNotEquals(sessionBefore, browser.driver().manage().getCookieNamed("JSESSIONID").getValue());

        browser.open("/admin/institutions/list.xhtml");
        assertEquals("Δεν επιτρέπεται η πρόσβαση", browser.text("main h1"));
    }

    @Test
    void eachRoleLandsOnItsOwnPage() {
        browser.signIn("admin", "demo-admin-2026");
        assertEquals("Διαχείριση", browser.text("main h1"));
        assertTrue(browser.text("nav.sub-nav").contains("Φορείς"));
        browser.submit("sign-out");
        assertEquals("Αποσυνδεθήκατε.", browser.text(".notice"));

        browser.signIn("auditor", "demo-auditor-2026");
        assertEquals("Έλεγχος", browser.text("main h1"));
        browser.submit("sign-out");

        browser.signIn("lobbyist", "demo-lobbyist-2026");
        assertEquals("Ο οργανισμός μου", browser.text("main h1"));
    }

    @Test
    void aProtectedPageAsksForSignInAndReturnsThereAfterwards() {
        browser.open("/admin/positions/list.xhtml");
        assertTrue(browser.address().contains("/login.xhtml"));

        browser.type("login:username", "admin");
        browser.type("login:password", "demo-admin-2026");
        browser.submit("login:signIn");

        assertEquals("Θέσεις", browser.text("main h1"));
    }
}
