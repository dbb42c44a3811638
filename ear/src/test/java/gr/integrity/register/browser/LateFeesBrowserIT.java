package gr.integrity.register.browser;

import gr.integrity.register.browser.widgets.Axe;
import gr.integrity.register.it.support.FixtureServlet;
import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.it.support.WebClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Late-filing fees through the pages, for each role involved: the administrator sets a category's bands on the
 * settings page (a gap in them is refused on the field, in Greek, with nothing saved); the official sees the fee of
 * their late filing on its history; the auditor finds it in the year's list, in Greek and English, and downloads
 * the file for collection with the filer's tax number.
 */
@RunAsClient
class LateFeesBrowserIT extends FilingBrowserTest {

    private static final String CATEGORY = "Χρηματοπιστωτικός τομέας";
    private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Athens")).getYear();

    @Test
    void theAdministratorSetsTheBandsTheOfficialSeesTheFeeAndTheAuditorCollectsIt() throws Exception {
        browser.signIn("admin", "demo-admin-2026");
        browser.open("/admin/settings.xhtml");
        setBands("1-30:50; 45-:100");
        assertTrue(row().getText().contains("πρέπει να αρχίζει από την ημέρα 31"), row().getText());
        browser.open("/admin/settings.xhtml");
        assertTrue(!bandsField().getAttribute("value").contains("45-"), "the refused bands were not saved");
        setBands("1-30:50; 31-60:100; 61-:250");
        browser.open("/admin/settings.xhtml");
        assertEquals("1-30:50; 31-60:100; 61-:250", bandsField().getAttribute("value"));

        // the official's initial declaration, owed since 2024, filed now: more than 60 days late
        String[] filing = TestHttp.fixture(base, "/it-fixtures/late-filing").split(" ");
        String official = filing[0];
        String declarationId = filing[1];
        String receipt = filing[2];
        String taxNumber = filing[3];
        browser.signInAs(official, FixtureServlet.PASSWORD);
        browser.open("/official/declarations/history.xhtml?id=" + declarationId);
        String fee = browser.find(".late-fee").getText();
        assertTrue(fee.startsWith("250") && fee.contains("ημέρες καθυστέρηση"), fee);

        browser.signInAs("auditor", "demo-auditor-2026");
        browser.open("/auditor/fees.xhtml?year=" + YEAR);
        List<String> problems = new ArrayList<>(Axe.blocking(browser, "the fees list"));
        assertTrue(browser.text("[id='fees:table']").contains(receipt), "the late filing is listed");
        String listed = browser.driver().findElement(By.xpath("//tr[.//a[text()='" + receipt + "']]")).getText();
        assertTrue(listed.contains("250"), listed);
        assertTrue(browser.text("#fee-totals").contains("εκπρόθεσμες υποβολές"), browser.text("#fee-totals"));
        browser.open("/auditor/fees.xhtml?year=" + YEAR + "&lang=en");
        assertEquals("Late-filing fees", browser.text("main h1"));
        assertTrue(browser.text("#fee-totals").contains("late filings owe a fee"), browser.text("#fee-totals"));
        problems.addAll(Axe.blocking(browser, "the fees list in English"));
        assertEquals(List.of(), problems);

        String file = browser.find("#fee-file").getAttribute("href");
        WebClient auditor = new WebClient(base.toString());
        auditor.signIn("auditor", "demo-auditor-2026");
        HttpResponse<String> csv = auditor.get(file.substring(file.indexOf("/auditor/")));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String line = csv.body().lines().filter(l -> l.startsWith(receipt + ",")).findFirst().orElseThrow();
        assertTrue(line.contains("," + taxNumber + ",FINANCIAL_SECTOR,ASSET,INITIAL,") && line.endsWith(",250"), line);
        assertEquals(1, csv.body().lines().filter(l -> l.startsWith(receipt + ",")).count(), "once");
    }

    private void setBands(String bands) {
        WebElement field = bandsField();
        field.clear();
        field.sendKeys(bands);
        browser.navigate(row().findElement(By.cssSelector("button[id$=':save']")));
    }

    private WebElement bandsField() {
        return row().findElement(By.cssSelector("input[id$=':lateFeeBands']"));
    }

    /** The settings' row of the category these tests set the bands of (no other test changes it). */
    private WebElement row() {
        return browser.driver().findElement(By.xpath("//*[@id='policies:policyTable']//tr[td[1][normalize-space()='"
                + CATEGORY + "']]"));
    }
}
