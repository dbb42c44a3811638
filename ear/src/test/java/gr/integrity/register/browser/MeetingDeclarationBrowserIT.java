package gr.integrity.register.browser;

import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.it.support.FixtureServlet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An official declares a meeting through the pages, from *Declare a meeting* to the receipt, and the public finds it
 * in the meeting search by a word of its subject typed without accents.
 */
@RunAsClient
class MeetingDeclarationBrowserIT extends FilingBrowserTest {

    @Test
    void anOfficialDeclaresAMeetingThatThePublicThenFinds() throws Exception {
        String tag = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String organisation = "Ένωση Ξενοδόχων Αιγαίου " + tag;
        TestHttp.fixture(base, "/it-fixtures/organisation?name=" + URLEncoder.encode(organisation, StandardCharsets.UTF_8));
        browser.signIn(TestHttp.fixture(base, "/it-fixtures/official"), FixtureServlet.PASSWORD);

        browser.navigate(browser.find("[id='meeting-form:declare-meeting']"));
        assertTrue(browser.text("main h1").startsWith("Δήλωση συνάντησης"), browser.text("main h1"));
        String day = LocalDate.now(ZoneId.of("Europe/Athens")).minusDays(2).toString();
        browser.setDate(browser.find("#f-header-date input[type='date']"), day);
        new Select(browser.find("#f-header-format select")).selectByValue("IN_PERSON");
        browser.find("#f-header-subject textarea").sendKeys("Στέγαση εργαζομένων στον τουρισμό " + tag);
        String area = "Στέγαση " + tag;
        browser.find("#f-header-policyAreas input, #f-header-policyAreas textarea").sendKeys("Τουρισμός; " + area);

        pages.goToSection(MeetingSchema.ORGANISATIONS);
        pages.addItem();
        pages.pickOrganisation("ξενοδοχων αιγαιου " + tag, organisation);
        pages.fill("-representatives", "Ελένη Μαυρομάτη");

        // documents received: a file that is not a PDF is refused on its field; a PDF is attached, named by its hash
        pages.goToSection(MeetingSchema.DOCUMENTS);
        browser.find("[id='edit:file']").sendKeys(file("not-a-pdf.pdf", "just text".getBytes(StandardCharsets.UTF_8)).toString());
        browser.navigate(browser.find("[id='edit:attach']"));
        assertTrue(browser.text("main").contains("Το αρχείο δεν είναι PDF"), browser.text("main"));
        browser.find("[id='edit:file']").sendKeys(file("Υπόμνημα.pdf", pdf()).toString());
        browser.navigate(browser.find("[id='edit:attach']"));
        assertTrue(browser.find("fieldset.item a#document").isDisplayed());
        assertEquals("Υπόμνημα", browser.find("fieldset.item [id$='-title'] input").getAttribute("value"));

        browser.navigate(browser.find("[id='edit:review']"));
        assertEquals("Δεν βρέθηκαν σφάλματα.", browser.text(".notice p"));
        String receipt = pages.submitReviewed();
        assertTrue(receipt.matches("M\\d{4}-\\d{6}-1"), receipt);

        browser.open("/meetings.xhtml?q=" + URLEncoder.encode("στεγαση εργαζομενων " + tag, StandardCharsets.UTF_8));
        String found = browser.text("#meetings");
        assertTrue(found.contains(organisation) && found.contains("Δήλωση στο μητρώο"), found);

        // the meeting is the declaring official's institution's: under its filter and on its page
        WebElement institution = browser.find("#meetings a[href*='institution=']");
        assertFalse(institution.getText().isBlank(), "the institution is named");
        String institutionId = institution.getAttribute("href").replaceAll(".*institution=(\\d+).*", "$1");
        browser.navigate(institution);
        assertEquals(institutionId, new Select(browser.find("#institution")).getFirstSelectedOption().getAttribute("value"));
        assertTrue(browser.text("#meetings").contains(organisation), browser.text("#meetings"));
        browser.open("/institution.xhtml?id=" + institutionId);
        assertTrue(browser.text("main").contains("Στέγαση εργαζομένων στον τουρισμό " + tag), browser.text("main"));

        // and it is found by either policy area it names
        browser.open("/meetings.xhtml");
        new Select(browser.find("#area")).selectByVisibleText(area);
        browser.navigate(browser.find("#search-button"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#meetings tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains(organisation), rows.get(0).getText());
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path file = Files.createTempDirectory("upload").resolve(name);
        Files.write(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
