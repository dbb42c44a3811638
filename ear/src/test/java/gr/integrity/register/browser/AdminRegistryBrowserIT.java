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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An administrator enters an institution and a position through the pages, with messages on wrong input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminRegistryBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    private Browser browser;

    @BeforeEach
    void signIn() {
        browser = new Browser(base);
        browser.signIn("admin", "demo-admin-2026");
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorCreatesAnInstitutionAndAPositionInIt() {
        String name = "Αρχή Δοκιμών Περιηγητή " + System.nanoTime();

        browser.open("/admin/institutions/edit.xhtml");
        browser.type("institution:nameEl", name);
        browser.type("institution:nameEn", "Browser Test Authority");
        browser.choose("institution:kind", "Ανεξάρτητη αρχή");
        browser.submit("institution:save");

        assertEquals("Ο φορέας «" + name + "» αποθηκεύτηκε.", browser.text(".ui-messages-info-summary"));

        browser.open("/admin/positions/edit.xhtml");
        browser.choose("position:institution", name);
        browser.type("position:titleEl", "Πρόεδρος");
        browser.choose("position:category", "Ευρύτερος δημόσιος τομέας");
        browser.submit("position:save");

        assertEquals("Η θέση «Πρόεδρος» αποθηκεύτηκε.", browser.text(".ui-messages-info-summary"));
        browser.type("positions:text", name);
        browser.click(browser.byId("positions:filter"));
        browser.waitFor().until(d -> browser.text("[id='positions:table']").contains(name));
    }

    @Test
    void missingAndDuplicateNamesAreShownOnTheField() {
        browser.open("/admin/institutions/edit.xhtml");
        browser.choose("institution:kind", "Υπουργείο");
        browser.submit("institution:save");

        assertEquals("Υποχρεωτικό πεδίο.", browser.text("[id='institution:nameEl'] ~ .ui-message-error, .field:has([id='institution:nameEl']) .ui-message-error"));

        browser.type("institution:nameEl", "υπουργειο εξωτερικων");
        browser.choose("institution:kind", "Υπουργείο");
        browser.submit("institution:save");

        String message = browser.text(".field:has([id='institution:nameEl']) .ui-message-error");
        assertTrue(message.startsWith("Υπάρχει ήδη φορέας"), message);
        // what was typed is still there to correct
        assertEquals("υπουργειο εξωτερικων", browser.find("[id='institution:nameEl']").getAttribute("value"));
    }
}
