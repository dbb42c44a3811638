package gr.integrity.register.browser;

import gr.integrity.register.browser.widgets.Axe;
import gr.integrity.register.it.support.FixtureServlet;
import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.registry.TaxNumbers;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An institution's liaison sends its list of obliged persons through the pages: signed in, the liaison lands on the
 * lists page; a list with a bad tax number is refused line by line and nothing is sent; a good one runs and the page
 * shows what changed (a new mandate for a new person), without the tax number. In Greek and English, through axe.
 */
@RunAsClient
class LiaisonBrowserIT extends FilingBrowserTest {

    private static final String HEADER = "given_name,family_name,father_name,tax_number,spouse_tax_number,"
            + "children_tax_numbers,position,category,start_date,end_date\n";

    @Test
    void aLiaisonSendsTheListAndSeesWhatChanged() throws Exception {
        String username = TestHttp.fixture(base, "/it-fixtures/liaison").split(" ")[0];
        browser.signIn(username, FixtureServlet.PASSWORD);
        assertTrue(browser.address().contains("/liaison/index.xhtml"), browser.address());
        List<String> problems = new ArrayList<>(Axe.blocking(browser, "the lists page"));

        browser.find("[id='upload:file']").sendKeys(file("lathos.csv", HEADER
                + "Ελένη,Λαθών,,123456789,,,Γραμματέας,LOCAL_GOVERNMENT,2025-09-01,\n").toString());
        browser.submit("upload:send");
        assertTrue(browser.text("main").contains("Γραμμή 2"), browser.text("main"));
        assertTrue(browser.text("#history").contains("Δεν έχει σταλεί ακόμη κατάλογος"), "nothing was sent");

        String family = "Καταλόγου" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String tax = TaxNumbers.withCheckDigit(String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)));
        browser.find("[id='upload:file']").sendKeys(file("katalogos.csv", HEADER
                + "Ελένη," + family + ",Ιωάννης," + tax + ",,,Γενική Γραμματέας,SECRETARY_GENERAL,2025-09-01,\n").toString());
        browser.submit("upload:send");
        browser.waitFor().until(d -> browser.text("#list-status").contains("Ολοκληρώθηκε"));
        assertEquals("1", browser.text("#created"));
        String report = browser.text("[id='report:rows']");
        assertTrue(report.contains(family) && report.contains("νέα θητεία"), report);
        assertFalse(browser.text("main").contains(tax), "no tax number on the page");
        assertTrue(browser.text("#history").contains("katalogos.csv"));

        browser.open("/liaison/index.xhtml?lang=en");
        assertEquals("The institution's lists of obliged persons", browser.text("main h1"));
        problems.addAll(Axe.blocking(browser, "the lists page in English"));
        assertEquals(List.of(), problems);
    }

    private static Path file(String name, String content) throws Exception {
        Path file = Files.createTempDirectory("list").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }
}
