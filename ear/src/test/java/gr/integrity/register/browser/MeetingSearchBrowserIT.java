package gr.integrity.register.browser;

import gr.integrity.register.it.support.TestHttp;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anyone searches the Commission's real meetings: pages that follow on, words of the subject in any case, an
 * organisation's page with its chart, and a search that can be downloaded as it is shown.
 */
@RunAsClient
class MeetingSearchBrowserIT extends FilingBrowserTest {

    @BeforeEach
    void commissionMeetings() throws Exception {
        assertTrue(Long.parseLong(TestHttp.fixture(base, "/it-fixtures/meetings")) >= 12_000);
    }

    @Test
    void thePublicSearchesPagesAndOpensAnOrganisation() {
        browser.open("/meetings.xhtml");
        List<WebElement> firstPage = browser.driver().findElements(By.cssSelector("#meetings tbody tr"));
        assertEquals(50, firstPage.size());
        String firstRow = firstPage.get(0).getText();

        browser.navigate(browser.find("#next"));
        assertTrue(browser.address().contains("after="), browser.address());
        assertEquals(50, browser.driver().findElements(By.cssSelector("#meetings tbody tr")).size());
        assertNotEquals(firstRow, browser.text("#meetings tbody tr"));
        browser.navigate(browser.find("#first"));
        assertEquals(firstRow, browser.text("#meetings tbody tr"));

        // words of the subject, in any case; the filter stays in the form and in the address
        browser.type("q", "UKRAINIAN victory");
        browser.navigate(browser.find("#search-button"));
        assertEquals("UKRAINIAN victory", browser.find("#q").getAttribute("value"));
        assertTrue(browser.text("#meetings").contains("The International Center for Ukrainian Victory"));
        assertTrue(browser.find("#csv").getAttribute("href").contains("q=UKRAINIAN+victory"));

        // a bad date is said on the page, the search kept
        browser.open("/meetings.xhtml?q=energy&from=2023-13-45");
        assertTrue(browser.text("#problem").contains("Δεν είναι ημερομηνία"));
        assertEquals("energy", browser.find("#q").getAttribute("value"));

        // the organisation's page: identity with its Transparency Register ID (leading zero kept), chart, meetings
        browser.open("/meetings.xhtml?q=ukrainian+victory");
        // the organisation by its name, as a reader finds it in the results
        browser.navigate(browser.driver().findElement(By.linkText("The International Center for Ukrainian Victory")));
        assertEquals("The International Center for Ukrainian Victory", browser.text("main h1"));
        assertEquals("035251049170-22", browser.text("#transparency-id"));
        assertFalse(browser.driver().findElements(By.cssSelector("#months-heading ~ div canvas, canvas")).isEmpty(),
                "the chart is drawn");
        int meetings = Integer.parseInt(browser.text("#meeting-count"));
        browser.navigate(browser.find("#all-meetings"));
        assertEquals(Math.min(meetings, 50), browser.driver().findElements(By.cssSelector("#meetings tbody tr")).size());
    }

    @Test
    void thePublicNarrowsASearchToAPolicyArea() {
        // in the Commission's export 16 meetings speak of "nuclear": 8 of the Energy portfolio, 3 of Internal Market
        browser.open("/meetings.xhtml?q=nuclear");
        assertEquals(16, browser.driver().findElements(By.cssSelector("#meetings tbody tr")).size());

        new Select(browser.find("#area")).selectByVisibleText("Energy");
        browser.navigate(browser.find("#search-button"));
        assertEquals(8, browser.driver().findElements(By.cssSelector("#meetings tbody tr")).size());
        assertTrue(browser.address().contains("area=energy"), browser.address());
        assertEquals("Energy", new Select(browser.find("#area")).getFirstSelectedOption().getText(),
                "the chosen area stays in the form");
        assertEquals("nuclear", browser.find("#q").getAttribute("value"));
        assertTrue(browser.find("#csv").getAttribute("href").contains("area=energy"), "the download is the same search");

        new Select(browser.find("#area")).selectByVisibleText("Internal Market");
        browser.navigate(browser.find("#search-button"));
        assertEquals(3, browser.driver().findElements(By.cssSelector("#meetings tbody tr")).size());
        // each row names its areas, and an area is a link to its meetings
        List<WebElement> areas = browser.driver().findElements(By.cssSelector("#meetings tbody tr a[data-area]"));
        assertEquals(3, areas.size(), "one area on each of the three rows");
        assertTrue(areas.stream().allMatch(a -> a.getText().equals("Internal Market")));
        browser.navigate(areas.get(0));
        assertTrue(browser.address().contains("area=internal"), browser.address());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#meetings tbody tr"));
        assertTrue(rows.size() > 3, "every Internal Market meeting, not only the nuclear ones: " + rows.size());
        assertTrue(rows.stream().allMatch(r -> !r.findElements(By.cssSelector("a[data-area='internal market']")).isEmpty()));

        // an area written in another case or with accents is the same area
        browser.open("/meetings.xhtml?q=nuclear&area=INTERNAL+MARKET");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#meetings tbody tr")).size());
    }
}
