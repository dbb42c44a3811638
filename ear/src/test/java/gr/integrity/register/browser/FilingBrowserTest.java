package gr.integrity.register.browser;

import gr.integrity.register.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * What the browser tests that file or search through the pages share: the deployment with the test helpers (the
 * fixture servlet gives each test data of its own), a fresh Chromium per test, and the filing steps.
 */
@ExtendWith(ArquillianExtension.class)
abstract class FilingBrowserTest {

    @ArquillianResource
    protected URL base;

    protected Browser browser;
    protected DraftPages pages;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @BeforeEach
    void startBrowser() {
        browser = new Browser(base);
        pages = new DraftPages(browser);
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }
}
