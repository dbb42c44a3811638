package gr.integrity.register.browser;

import gr.integrity.register.browser.widgets.Axe;
import gr.integrity.register.it.support.TestHttp;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reporting an inaccuracy through the pages: a visitor, not signed in, reports a field of a published declaration
 * (a too short explanation is refused on its field and what was chosen stays), attaches a PDF and gets a reference;
 * a meeting is reported from the meetings page; the auditor finds the report in the queue and on the filing's
 * review page, and marks it examined. In Greek and English, through axe.
 */
@RunAsClient
class ReportInaccuracyBrowserIT extends FilingBrowserTest {

    @Test
    void aVisitorReportsAFieldAndTheAuditorExaminesIt() throws Exception {
        String declarationId = TestHttp.fixture(base, "/it-fixtures/late-filing?category=POLITICAL").split(" ")[1];
        TestHttp.fixture(base, "/it-fixtures/filing");
        List<String> problems = new ArrayList<>();

        browser.open("/declaration.xhtml?id=" + declarationId);
        browser.navigate(browser.find("#report-inaccuracy"));
        assertEquals("Αναφορά ανακρίβειας", browser.text("main h1"));
        problems.addAll(Axe.blocking(browser, "the report form"));
        new Select(browser.byId("report:field")).selectByValue("deposits.amount");
        browser.type("report:explanation", "Λάθος.");
        browser.submit("report:send");
        assertTrue(browser.text("main").contains("με 20 έως 4.000 χαρακτήρες"), browser.text("main"));
        assertEquals("deposits.amount", new Select(browser.byId("report:field")).getFirstSelectedOption().getAttribute("value"),
                "the chosen field stays");
        browser.type("report:explanation", "Το ποσό της κατάθεσης δεν συμφωνεί με όσα δημοσίευσε η τράπεζα.");
        browser.find("[id='report:evidence']").sendKeys(pdf().toString());
        browser.submit("report:send");
        String reference = browser.text("#reference");
        assertTrue(reference.matches("R\\d{4}-[A-Z0-9]{8}"), reference);
        assertTrue(browser.text("#received").contains("παραλήφθηκε"), browser.text("#received"));

        browser.open("/report.xhtml?declaration=" + declarationId + "&v=1&lang=en");
        assertEquals("Report an inaccuracy", browser.text("main h1"));
        problems.addAll(Axe.blocking(browser, "the report form in English"));

        // a meeting, from the meetings page
        browser.open("/meetings.xhtml?lang=el");
        browser.navigate(browser.find("#meetings a.report-link"));
        List<String> options = new Select(browser.byId("report:field")).getOptions().stream().map(WebElement::getText).toList();
        assertTrue(options.contains("Θέμα") && options.contains("Οργανισμοί"), options.toString());

        // the auditor: in the queue, beside the filing's flags, examined with a note
        browser.signIn("auditor", "demo-auditor-2026");
        browser.open("/auditor/reports.xhtml");
        problems.addAll(Axe.blocking(browser, "the reports queue"));
        WebElement row = reportRow(reference);
        assertTrue(row.getText().contains("Το ποσό της κατάθεσης δεν συμφωνεί"), row.getText());
        assertFalse(row.findElements(By.cssSelector("a[href*='report-evidence']")).isEmpty(), "the evidence is there");
        browser.open("/auditor/review.xhtml?id=" + declarationId);
        assertTrue(browser.text("#public-reports").contains(reference), browser.text("#public-reports"));
        browser.open("/auditor/reports.xhtml");
        row = reportRow(reference);
        row.findElement(By.cssSelector("textarea")).sendKeys("Ζητήθηκε βεβαίωση της τράπεζας από τον υπόχρεο.");
        browser.navigate(row.findElement(By.cssSelector("button[id$=':handle']")));
        assertTrue(browser.text("main").contains("Η αναφορά " + reference + " σημειώθηκε ως εξετασμένη"), browser.text("main"));
        browser.open("/auditor/review.xhtml?id=" + declarationId);
        assertTrue(browser.text("#public-reports").contains("Εξετάστηκε"), browser.text("#public-reports"));
        assertEquals(List.of(), problems);
    }

    private WebElement reportRow(String reference) {
        return browser.driver().findElement(By.xpath("//tr[.//span[@data-reference='" + reference + "']]"));
    }

    private static Path pdf() throws Exception {
        Path file = Files.createTempDirectory("evidence").resolve("Απόσπασμα τράπεζας.pdf");
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            Files.write(file, out.toByteArray());
        }
        file.toFile().deleteOnExit();
        return file;
    }
}
