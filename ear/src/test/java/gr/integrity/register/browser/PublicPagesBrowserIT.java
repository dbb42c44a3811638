package gr.integrity.register.browser;

import gr.integrity.register.it.support.Deployments;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public home page in Greek and in English, through headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicPagesBrowserIT {

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
    void theHomePageIsInGreekByDefault() {
        browser.open("/");

        assertEquals("el", browser.find("html").getAttribute("lang"));
        assertEquals("Μητρώο Ακεραιότητας", browser.text("main h1"));
        assertTrue(browser.text(".figures").contains("Υπόχρεοι με ενεργή θητεία"));
    }

    @Test
    void switchingToEnglishSticksAcrossPagesWithoutASession() {
        browser.open("/");

        browser.navigate(browser.find("a.language-switch"));
        assertEquals("en", browser.find("html").getAttribute("lang"));
        assertEquals("Integrity Register", browser.text("main h1"));
        browser.open("/login.xhtml");
        assertEquals("Sign in", browser.text("main h1"));
        browser.open("/");
        assertEquals("Integrity Register", browser.text("main h1"));
        assertEquals("en", browser.driver().manage().getCookieNamed("lang").getValue());

        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.open("/?lang=el");
        assertEquals("Μητρώο Ακεραιότητας", browser.text("main h1"));
        // a public page creates no session: crowds and scrapers cost the server no memory
        assertNull(browser.driver().manage().getCookieNamed("JSESSIONID"));
    }

    @Test
    void theFirstTabReachesTheSkipLinkWhichJumpsToTheContent() {
        browser.open("/");

        browser.find("body").sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Μετάβαση στο περιεχόμενο", focused.getText());
        focused.sendKeys(Keys.ENTER);
        assertTrue(browser.address().endsWith("#main"));
    }

    @Test
    void fromTheLatestFilingsToAnOfficialsYearsAndADeclarationsVersions() throws Exception {
        browser.open("/");
        WebElement latest = browser.find("#latest tbody tr td a");
        String latestName = latest.getText();
        browser.navigate(latest);
        assertTrue(browser.address().contains("/person.xhtml"), browser.address());
        assertEquals(latestName, browser.text("main h1"));

        // an official with asset declarations over the years (the latest filings may all be meetings by now): the
        // first published asset declaration the API lists
        String first = TestHttp.CLIENT.send(TestHttp.request(URI.create(
                base.toString().replaceAll("/$", "") + "/api/v1/declarations?type=ASSET&limit=1")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher official = Pattern.compile("\"officialId\":(\\d+)").matcher(first);
        assertTrue(official.find(), first);
        browser.open("/person.xhtml?id=" + official.group(1));
        assertFalse(browser.text("main h1").isBlank());
        assertTrue(browser.text("#declarations").contains("Δήλωση περιουσιακής κατάστασης"));
        // the chart draws on a canvas with a text alternative; the table holds the same figures
        WebElement chart = browser.find("canvas[role='img']");
        assertTrue(chart.getAttribute("aria-label").contains("ανά έτος"));
        assertFalse(browser.driver().findElements(By.cssSelector("#years tbody tr")).isEmpty());

        browser.navigate(browser.find("#years tbody tr th a"));
        assertTrue(browser.address().contains("/declaration.xhtml"), browser.address());
        assertTrue(browser.text("#versions").contains("A20"));
        assertTrue(browser.text("#publicHash").matches("[0-9a-f]{64}"));
        assertTrue(browser.text("main").contains("Καταθέσεις και μετρητά"));
    }

    @Test
    void anUnknownPageAnswersWithAFriendlyPageAndNoInternals() {
        browser.open("/no-such-page.xhtml");

        assertEquals("Η σελίδα δεν βρέθηκε", browser.text("main h1"));
        String source = browser.driver().getPageSource();
        assertTrue(!source.contains("Exception") && !source.contains("at org."));
    }
}
