package gr.integrity.register.browser;

import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.it.support.FixtureServlet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        DraftPages.fixture(base, "/it-fixtures/organisation?name=" + URLEncoder.encode(organisation, StandardCharsets.UTF_8));
        browser.signIn(DraftPages.fixture(base, "/it-fixtures/official"), FixtureServlet.PASSWORD);

        browser.navigate(browser.find("[id='meeting-form:declare-meeting']"));
        assertTrue(browser.text("main h1").startsWith("Δήλωση συνάντησης"), browser.text("main h1"));
        String day = LocalDate.now(ZoneId.of("Europe/Athens")).minusDays(2).toString();
        browser.setDate(browser.find("#f-header-date input[type='date']"), day);
        new Select(browser.find("#f-header-format select")).selectByValue("IN_PERSON");
        browser.find("#f-header-subject textarea").sendKeys("Στέγαση εργαζομένων στον τουρισμό " + tag);

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
