package gr.integrity.register.browser;

import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Eventually;
import gr.integrity.register.it.support.TestHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anyone checks a receipt on the verification page: the proof is fetched and checked in the browser (its own
 * SHA-256), and the page says, in words and not only colour, that the public form gives the leaf and the leaf is in
 * the signed tree; an unknown or malformed receipt is said to be so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerifyPageBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
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
    void aReceiptIsCheckedInTheBrowserAgainstTheSignedTree() throws Exception {
        String receipt = TestHttp.fixture(base, "/it-fixtures/filing");
        Eventually.until("the filing is in a signed tree head", Duration.ofSeconds(90), () -> TestHttp.CLIENT.send(
                TestHttp.request(URI.create(base.toString().replaceAll("/$", "") + "/log/v1/proof?receipt=" + receipt))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);

        browser.open("/verify.xhtml");
        assertEquals("Επαλήθευση στο μητρώο διαφάνειας", browser.text("main h1"));
        browser.type("receipt", receipt);
        browser.byId("check").click();
        browser.waitFor().until(d -> d.findElements(By.cssSelector("#verdict .verdict-good")).size() == 2);
        String verdict = browser.text("#verdict");
        assertTrue(verdict.contains("Η δημόσια μορφή της υποβολής δίνει το φύλλο της"), verdict);
        assertTrue(verdict.contains("Η υποβολή είναι το φύλλο"), verdict);
        assertTrue(browser.address().contains("receipt=" + receipt), "the check can be shared by its address");

        // the address alone checks it again, in English too
        browser.open("/verify.xhtml?lang=en&receipt=" + receipt);
        browser.waitFor().until(d -> d.findElements(By.cssSelector("#verdict .verdict-good")).size() == 2);
        assertTrue(browser.text("#verdict").contains("its path leads to the root"), browser.text("#verdict"));

        browser.open("/verify.xhtml?lang=el");
        browser.type("receipt", "ASSET-1900-999999-9");
        browser.byId("check").click();
        browser.waitFor().until(d -> d.findElement(By.id("verdict")).getText().contains("Δεν βρέθηκε"));
        browser.type("receipt", "<script>");
        browser.byId("check").click();
        browser.waitFor().until(d -> d.findElement(By.id("verdict")).getText().contains("γράμματα, ψηφία και παύλες"));
    }
}
