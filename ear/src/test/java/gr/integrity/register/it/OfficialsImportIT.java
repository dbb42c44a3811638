package gr.integrity.register.it;

import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportInbox;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportRejectedException;
import gr.integrity.register.importing.ImportReview;
import gr.integrity.register.importing.ImportRunner;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.registry.Mandate;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.RecordSource;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The officials importer on the real published files (copied into the tests with their licence noted): counts,
 * the party switch that continues a mandate, name twins told apart or sent to review, and re-imports that create
 * nothing new.
 */
@ExtendWith(ArquillianExtension.class)
class OfficialsImportIT {

    private static final String PARLIAMENT = "gr_parliament_members_1989_2020.csv";
    private static final String GOVERNMENT = "gr_government_members_roles_1989_2020.csv";
    private static final List<ImportKind> OFFICIALS = List.of(ImportKind.GR_PARLIAMENT_MEMBERS, ImportKind.GR_GOVERNMENT_ROLES);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private ImportService imports;

    @EJB
    private ImportRunner runner;

    @EJB
    private TestDatabase database;

    @EJB
    private ImportInbox inbox;

    @Test
    void theParliamentThenTheGovernmentFileImportOnceAndReimportAsNothingNew() throws Exception {
        long mandatesBefore = mandates(RecordSource.GR_PARLIAMENT_FILE);

        ImportBatch parliament = importFile(PARLIAMENT);

        assertEquals(4_962, parliament.getTotalRows());
        assertEquals(4_962, parliament.getCreatedCount() + parliament.getMatchedCount() + parliament.getSkippedCount()
                + parliament.getReviewCount());
        // nine rows of the published file end before they start: skipped, with that reason
        assertEquals(9, parliament.getSkippedCount());
        assertEquals(9, database.count("select count(r) from ImportRow r where r.batchId = ?1 and r.reason = ?2",
                parliament.getId(), "END_BEFORE_START"));
        assertEquals(0, parliament.getReviewCount());
        assertEquals(parliament.getCreatedCount(), mandates(RecordSource.GR_PARLIAMENT_FILE) - mandatesBefore);
        // 1,598 different people sat in parliament; name twins are kept apart by their fathers' names
        assertEquals(1_598, database.count("select count(distinct m.person) from Mandate m where m.source = ?1",
                RecordSource.GR_PARLIAMENT_FILE));

        // a party switch on 4 April 2012 continues Ariadni Agatsa's mandate of 2009 rather than starting one
        Mandate agatsa = database.list("select m from Mandate m where m.person.nameKey = ?1 and m.startDate = ?2",
                Mandate.class, Person.nameKey("Αριαδνη", "Αγατσα"), LocalDate.of(2009, 10, 4)).get(0);
        assertEquals(LocalDate.of(2012, 4, 11), agatsa.getEndDate());
        assertEquals(2, database.count("select count(a) from MandateAffiliation a where a.mandate.id = ?1", agatsa.getId()));

        ImportBatch again = importFile(PARLIAMENT);

        assertEquals(0, again.getCreatedCount());
        assertEquals(mandatesBefore + parliament.getCreatedCount(), mandates(RecordSource.GR_PARLIAMENT_FILE));
        assertEquals(1_598, database.count("select count(distinct m.person) from Mandate m where m.source = ?1",
                RecordSource.GR_PARLIAMENT_FILE));

        ImportBatch government = importFile(GOVERNMENT);

        assertEquals(1_189, government.getTotalRows());
        assertEquals(1_189, government.getCreatedCount() + government.getMatchedCount() + government.getSkippedCount()
                + government.getReviewCount());
        // the prime minister of 2004 was then a member of parliament; his namesake was not yet
        List<Person> primeMinister = database.list("select m.person from Mandate m where m.position.titleKey = ?1"
                + " and m.startDate = ?2", Person.class, "πρωθυπουργοσ", LocalDate.of(2004, 3, 10));
        assertEquals(1, primeMinister.size());
        assertEquals("Αλεξανδρου", primeMinister.get(0).getFatherName());
        // in 2019 both Konstantinos Karamanlis sat in parliament: the minister of that year goes to review
        assertTrue(openReviews().stream().anyMatch(r -> r.getSourceName().contains("Καραμανλης")
                && r.getSourceName().contains("2019-07-09")));

        long governmentMandates = mandates(RecordSource.GR_GOVERNMENT_FILE);
        long persons = database.count("select count(p) from Person p");
        ImportBatch governmentAgain = importFile(GOVERNMENT);

        assertEquals(0, governmentAgain.getCreatedCount());
        assertEquals(governmentMandates, mandates(RecordSource.GR_GOVERNMENT_FILE));
        assertEquals(persons, database.count("select count(p) from Person p"));
    }

    @Test
    void aTruncatedFileImportsNothingAndSaysWhere() throws Exception {
        byte[] whole = fixture(GOVERNMENT);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        long batches = database.count("select count(b) from ImportBatch b");

        ImportRejectedException rejected = assertThrows(ImportRejectedException.class,
                () -> admin.call(() -> imports.prepare("cut.csv", truncated, OFFICIALS)));

        assertTrue(rejected.getProblems().get(0).line() > 1);
        assertEquals(batches, database.count("select count(b) from ImportBatch b"));
    }

    @Test
    void aFileInTheWrongEncodingImportsNothing() throws Exception {
        byte[] windows1253 = new String(fixture(GOVERNMENT), StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1253"));
        long batches = database.count("select count(b) from ImportBatch b");

        ImportRejectedException rejected = assertThrows(ImportRejectedException.class,
                () -> admin.call(() -> imports.prepare("greek.csv", windows1253, OFFICIALS)));

        assertEquals("import.notUtf8", rejected.getProblems().get(0).messageKey());
        assertEquals(batches, database.count("select count(b) from ImportBatch b"));
    }

    @Test
    void aFileWithABadDateInOneRowImportsNothing() throws Exception {
        String text = new String(fixture(GOVERNMENT), StandardCharsets.UTF_8).replaceFirst("07/10/2009", "31/02/2009");
        long persons = database.count("select count(p) from Person p");

        ImportRejectedException rejected = assertThrows(ImportRejectedException.class,
                () -> admin.call(() -> imports.prepare("bad-date.csv", text.getBytes(StandardCharsets.UTF_8), OFFICIALS)));

        assertEquals("import.badDate", rejected.getProblems().get(0).messageKey());
        assertEquals(2, rejected.getProblems().get(0).line());
        assertEquals(persons, database.count("select count(p) from Person p"));
    }

    @Test
    void aFileOfAnotherKindIsNotTakenForOne() {
        byte[] unknown = "name,amount\nx,1\n".getBytes(StandardCharsets.UTF_8);

        ImportRejectedException rejected = assertThrows(ImportRejectedException.class,
                () -> admin.call(() -> imports.prepare("other.csv", unknown, OFFICIALS)));

        assertEquals("import.unknownHeader", rejected.getProblems().get(0).messageKey());
    }

    @Test
    void aFileDroppedIntoTheInboxIsImportedAndReportedWithoutTheUserInterface() throws Exception {
        Path folder = Files.createTempDirectory("register-inbox-");
        Path officials = Files.createDirectories(folder.resolve("officials"));
        List<String> lines = new String(fixture(GOVERNMENT), StandardCharsets.UTF_8).lines().limit(31).toList();
        Files.write(officials.resolve("roles.csv"), lines, StandardCharsets.UTF_8);
        Files.writeString(officials.resolve("broken.csv"), "member_name,role,role_start_date\n\"cut", StandardCharsets.UTF_8);
        // a link to a file elsewhere on the server is not followed, and a file over the upload limit is not read
        Path elsewhere = Files.createTempFile("register-secret-", ".csv");
        Files.write(elsewhere, lines, StandardCharsets.UTF_8);
        Files.createSymbolicLink(officials.resolve("link.csv"), elsewhere);
        try (java.io.RandomAccessFile huge = new java.io.RandomAccessFile(officials.resolve("huge.csv").toFile(), "rw")) {
            huge.setLength(31L * 1024 * 1024);
        }
        System.setProperty("REGISTER_IMPORT_INBOX", folder.toString());
        try {
            inbox.scan();
        } finally {
            System.clearProperty("REGISTER_IMPORT_INBOX");
        }

        String report = Files.readString(officials.resolve("done/roles.csv.report.txt"));
        assertTrue(report.contains("rows 30"), report);
        assertTrue(Files.exists(officials.resolve("done/roles.csv")));
        String refusal = Files.readString(officials.resolve("failed/broken.csv.report.txt"));
        assertTrue(refusal.startsWith("The file was not imported"), refusal);
        assertFalse(Files.exists(officials.resolve("broken.csv")));
        assertTrue(Files.readString(officials.resolve("failed/link.csv.report.txt")).contains("symbolic link"));
        assertTrue(Files.isSymbolicLink(officials.resolve("failed/link.csv")), "the link is moved, not what it names");
        assertTrue(Files.exists(elsewhere), "the file the link named is untouched");
        assertTrue(Files.readString(officials.resolve("failed/huge.csv.report.txt")).contains("larger than 30 MB"));
    }

    private ImportBatch importFile(String name) throws Exception {
        byte[] content = fixture(name);
        ImportBatch batch = admin.call(() -> imports.prepare(name, content, OFFICIALS));
        admin.runWithoutTransaction(() -> runner.runToEnd(batch.getId()));
        ImportBatch done = admin.call(() -> imports.batch(batch.getId()));
        assertTrue(done.isDone(), "the import did not finish");
        assertEquals(done.getTotalRows(), done.getProcessedRows());
        assertEquals(done.getTotalRows(), database.count("select count(r) from ImportRow r where r.batchId = ?1", done.getId()));
        return done;
    }

    private List<ImportReview> openReviews() throws Exception {
        return admin.call(() -> imports.openReviews());
    }

    private long mandates(RecordSource source) {
        return database.count("select count(m) from Mandate m where m.source = ?1", source);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = OfficialsImportIT.class.getClassLoader().getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IOException("missing fixture " + name);
            }
            return in.readAllBytes();
        }
    }

}
