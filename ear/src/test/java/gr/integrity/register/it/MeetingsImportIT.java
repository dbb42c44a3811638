package gr.integrity.register.it;

import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.demo.DemoMeetings;
import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportChunks;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportRejectedException;
import gr.integrity.register.importing.ImportRunner;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.importing.ImportStatus;
import gr.integrity.register.it.support.Eventually;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.lobbying.Meeting;
import gr.integrity.register.lobbying.MeetingFilter;
import gr.integrity.register.lobbying.MeetingPage;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.lobbying.PublicMeeting;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.registry.RecordSource;
import gr.integrity.register.it.support.TestHttp;
import jakarta.ejb.EJB;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The European Commission's real meetings export, imported into MariaDB through the import an ADMIN uses: every one
 * of its 12,482 meetings ends up in the register or in the report with a reason, organisations are found by their
 * Transparency Register ID (leading zeros kept), and importing it again creates nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsImportIT {

    private static final List<ImportKind> MEETINGS = List.of(ImportKind.EC_MEETINGS);

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
    private ImportChunks chunks;

    @EJB
    private DemoMeetings demoMeetings;

    @EJB
    private TestDatabase database;

    @EJB
    private MeetingSearch search;

    @EJB
    private Fixtures fixtures;

    @ArquillianResource
    private URL base;

    @Test
    void theCommissionsExportImportsWholeAndReimportsAsNothingNew() throws Exception {
        long meetingsBefore = meetings();

        ImportBatch first = importWorkbook();

        assertEquals(12_482, first.getTotalRows());
        assertEquals(0, first.getSkippedCount() + first.getReviewCount(), "no meeting is left out");
        assertEquals(12_482, first.getCreatedCount() + first.getMatchedCount());
        assertEquals(first.getCreatedCount(), meetings() - meetingsBefore);
        // a row repeated in the file is one meeting, reported as such
        assertEquals(first.getMatchedCount(), database.count("select count(r) from ImportRow r where r.batchId = ?1"
                + " and r.reason = ?2", first.getId(), "SAME_MEETING"));
        // the rows that met several organisations keep each of them
        assertTrue(database.count("select count(m) from Meeting m where m.source = ?1 and size(m.organisations) > 1",
                RecordSource.EC_MEETINGS_EXPORT) >= 1_500);
        Organisation ukraine = database.list("select o from Organisation o where o.euTransparencyId = ?1",
                Organisation.class, "035251049170-22").get(0);
        assertEquals("The International Center for Ukrainian Victory", ukraine.getNameEl());
        Meeting borrell = database.list("select m from Meeting m join m.organisations o where o.organisationId = ?1"
                + " and m.date = ?2", Meeting.class, ukraine.getId(), LocalDate.of(2023, 6, 8)).get(0);
        assertEquals(RecordSource.EC_MEETINGS_EXPORT, borrell.getSource());
        assertTrue(borrell.isImported() && borrell.getLicence().contains("2011/833/EU"));
        assertEquals("Cabinet of High Representative Josep Borrell Fontelles", database.list("select m.institution.nameEl"
                + " from Meeting m where m.id = ?1", String.class, borrell.getId()).get(0));
        // representatives are persons of the register, counted once however many meetings they attended
        assertEquals(database.count("select count(distinct o.personId) from Meeting m join m.officials o"
                        + " where m.source = ?1", RecordSource.EC_MEETINGS_EXPORT),
                database.count("select count(p) from Person p where p.source = ?1", RecordSource.EC_MEETINGS_EXPORT));
        long organisations = database.count("select count(o) from Organisation o");
        long persons = database.count("select count(p) from Person p");

        // as a meeting imported before the register kept policy areas (V18) has it: none
        database.nativeUpdate("delete from meeting_policy_area where meeting_id = " + borrell.getId());

        ImportBatch again = importWorkbook();

        assertEquals(List.of("High Representative of the Union for Foreign Affairs and Security Policy / Vice-President"
                        + " of the Commission"), database.list("select a.name from Meeting m join m.policyAreas a"
                        + " where m.id = ?1", String.class, borrell.getId()),
                "importing the export again gives it the Commissioner's portfolio as its area");
        assertEquals(0, again.getCreatedCount());
        assertEquals(12_482, again.getMatchedCount());
        assertEquals(first.getCreatedCount(), meetings() - meetingsBefore);
        assertEquals(organisations, database.count("select count(o) from Organisation o"));
        assertEquals(persons, database.count("select count(p) from Person p"));
    }

    @Test
    void theMeetingsAreSearchedAndDownloadedPageByPage() throws Exception {
        if (meetings() == 0) {
            importWorkbook();
        }
        // words in any case, in any order
        MeetingPage found = search.search(new MeetingFilter(null, null, null, "VICTORY ukrainian", null, null), null, 50);
        assertTrue(found.items().stream().anyMatch(m -> m.date().equals(LocalDate.of(2023, 6, 8))
                && m.organisations().stream().anyMatch(o -> o.transparencyId().equals("035251049170-22"))), found.toString());

        // pages follow a cursor: no meeting twice, newest first across the pages
        MeetingFilter all = MeetingFilter.all();
        MeetingPage first = search.search(all, null, 50);
        MeetingPage second = search.search(all, first.next(), 50);
        assertEquals(50, first.items().size());
        assertTrue(first.items().stream().noneMatch(m -> second.items().stream().anyMatch(n -> n.id() == m.id())));
        assertFalse(second.items().get(0).date().isAfter(first.items().get(49).date()));
        assertInstanceOf(InvalidInputException.class, unwrap(assertThrows(Exception.class,
                () -> search.search(all, "yesterday", 50))));

        // an organisation's meetings, on the page and as CSV, the same ones
        long ukraine = database.list("select o.id from Organisation o where o.euTransparencyId = ?1", Long.class,
                "035251049170-22").get(0);
        MeetingPage theirs = search.search(new MeetingFilter(null, null, ukraine, null, null, null), null, 1_000);
        assertTrue(theirs.items().stream().allMatch(m -> m.organisations().stream().anyMatch(o -> o.organisationId() == ukraine)));
        HttpResponse<String> csv = get("/meetings/export?format=csv&organisation=" + ukraine);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        try (CSVParser rows = CSVParser.parse(csv.body(), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = rows.getRecords();
            assertEquals(theirs.items().size(), records.size());
            assertTrue(records.stream().allMatch(r -> r.get("transparency_register_ids").contains("035251049170-22")
                    && r.get("imported").equals("true") && r.get("licence").contains("2011/833/EU")));
            // each row names the areas its meeting was about, as the page shows them (the Commissioner's portfolio)
            for (int i = 0; i < records.size(); i++) {
                assertEquals(theirs.items().get(i).policyAreas().stream().map(PublicMeeting.Area::name)
                        .collect(java.util.stream.Collectors.joining("; ")), records.get(i).get("policy_areas"));
            }
            assertTrue(records.stream().anyMatch(r -> !r.get("policy_areas").isEmpty()), "some have an area");
        }
        String page = get("/meetings.xhtml?organisation=" + ukraine).body();
        assertTrue(page.contains("The International Center for Ukrainian Victory"));
        String json = get("/meetings/export?format=json&q=ukrainian+victory").body();
        assertTrue(json.startsWith("{\"items\":[") && json.contains("\"transparencyRegisterId\":\"035251049170-22\""), json);

        // bad parameters: a 400 naming the parameter for downloads, a message on the page
        HttpResponse<String> badFormat = get("/meetings/export?format=xml");
        assertEquals(400, badFormat.statusCode());
        assertTrue(badFormat.body().contains("\"parameter\":\"format\""), badFormat.body());
        HttpResponse<String> badDate = get("/meetings/export?format=csv&from=yesterday");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("\"parameter\":\"from\""), badDate.body());
        HttpResponse<String> badCursor = get("/meetings.xhtml?after=nonsense");
        assertEquals(200, badCursor.statusCode());
        assertTrue(badCursor.body().contains("id=\"problem\""));
    }

    @Test
    void aGreekSubjectIsFoundWithoutAccentsInEitherScript() throws Exception {
        String name = Fixtures.uniqueName("Σύνδεσμος Ενεργειακών Επιχειρήσεων");
        long organisation = admin.call(() -> fixtures.organisation(name));
        long meeting = admin.call(() -> fixtures.meeting("Ενεργειακή μετάβαση και τιμολόγηση ηλεκτρικής ενέργειας",
                organisation, name));
        MeetingFilter theirs = new MeetingFilter(null, null, organisation, null, null, null);
        for (String typed : List.of("ενεργειακη μεταβαση", "ΕΝΕΡΓΕΙΑΚΉ", "Τιμολόγηση", "energeiaki metavasi")) {
            MeetingFilter filter = new MeetingFilter(null, null, organisation, typed, null, null);
            assertEquals(List.of(meeting), search.search(filter, null, 10).items().stream().map(PublicMeeting::id).toList(),
                    typed);
        }
        assertTrue(search.search(new MeetingFilter(null, null, organisation, "πετρέλαιο", null, null), null, 10)
                .items().isEmpty());
        assertEquals(1, search.search(theirs, null, 10).items().size());
        String page = get("/meetings.xhtml?q=" + java.net.URLEncoder.encode("ενεργειακη", StandardCharsets.UTF_8)
                + "&organisation=" + organisation).body();
        assertTrue(page.contains("Ενεργειακή μετάβαση"), "the page finds it too");
    }

    @Test
    void theDemosMeetingsImportResumesAtTheNextStartWhenAStopInterruptedIt() throws Exception {
        String subject = Fixtures.uniqueName("Συνέχιση διακοπείσας εισαγωγής");
        String id = String.format("%010d-%02d", Math.floorMod(subject.hashCode(), 1_000_000_000), 42);
        byte[] csv = ("Name of cabinet,Name of EC representative,Title of EC representative,Portfolio,Date of meeting,"
                + "Location,Name of interest representative,Transparency register ID,Subject of the meeting\n"
                + "Cabinet of Commissioner A,Anna Beta,Cabinet member,Energy,2023-06-09,Brussels,"
                + "Ένωση Συνέχισης,\"" + id + "\",\"" + subject + "\"\n").getBytes(StandardCharsets.UTF_8);
        // the demo's import was started, then the server stopped before it ran; the next start marks it interrupted
        ImportBatch batch = admin.call(() -> imports.prepare(DemoMeetings.FILE, csv, MEETINGS));
        admin.call(() -> imports.markInterrupted());
        assertEquals(ImportStatus.INTERRUPTED, admin.call(() -> imports.batch(batch.getId())).getStatus());

        // and, the demo data being there, sees to the meetings
        admin.runWithoutTransaction(() -> assertTrue(demoMeetings.importIfMissing(), "the import is taken up again"));

        Eventually.until("the resumed import ran to its end", java.time.Duration.ofMinutes(3),
                () -> admin.call(() -> imports.batch(batch.getId())).getStatus() == ImportStatus.COMPLETED);
        assertEquals(1, database.count("select count(m) from Meeting m where m.subject = ?1", subject));
        // a start after that has nothing to take up
        admin.runWithoutTransaction(() -> assertFalse(demoMeetings.importIfMissing()));
    }

    @Test
    void aBatchsRowsWaitInTheDatabaseNotInMemoryAndLeaveAsTheirChunksApply() throws Exception {
        String subject = Fixtures.uniqueName("Σταδιακή εισαγωγή");
        StringBuilder csv = new StringBuilder("Name of cabinet,Name of EC representative,Title of EC representative,"
                + "Portfolio,Date of meeting,Location,Name of interest representative,Transparency register ID,"
                + "Subject of the meeting\n");
        for (int i = 1; i <= 600; i++) {
            String id = String.format("%010d-%02d", Math.floorMod((subject + i).hashCode(), 1_000_000_000), i % 100);
            csv.append("Cabinet of Commissioner A,Anna Beta,Cabinet member,Energy,2023-06-09,Brussels,Ένωση ")
                    .append(i).append(",\"").append(id).append("\",\"").append(subject).append(' ').append(i).append("\"\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        ImportBatch batch = admin.call(() -> imports.prepare("meetings.csv", content, MEETINGS));
        long id = batch.getId();
        assertEquals(600, batch.getTotalRows(), "every row checked at the upload");
        assertEquals(0L, pending(id), "and none kept: the upload holds no row");
        assertEquals(List.of(0L), database.nativeList("select count(*) from information_schema.columns"
                + " where table_schema = database() and table_name = 'import_batch' and column_name = 'content'"),
                "following a batch never loads its file");
        assertEquals(List.of(1L), database.nativeList("select count(*) from import_file_part where batch_id = " + id));

        // the first chunk stages the rows from the file into the database, the next ones apply 250 at a time
        assertTrue(admin.call(() -> chunks.processNext(id)));
        assertEquals(600L, pending(id));
        assertTrue(admin.call(() -> chunks.processNext(id)));
        assertEquals(350L, pending(id), "applied rows leave with their chunk");
        assertEquals(250, admin.call(() -> imports.batch(id)).getProcessedRows());

        // a batch interrupted with no row waiting (as one begun before rows were staged) stages what is left
        database.nativeUpdate("delete from import_pending_row where batch_id = " + id);
        admin.runWithoutTransaction(() -> runner.runToEnd(id));
        ImportBatch done = admin.call(() -> imports.batch(id));
        assertEquals(ImportStatus.COMPLETED, done.getStatus());
        assertEquals(600, done.getProcessedRows());
        assertEquals(0L, pending(id));
        assertEquals(600, database.count("select count(m) from Meeting m where m.subject like ?1", subject + " %"),
                "each row imported once, none twice");
    }

    @Test
    void aFileOverTheDatabasesPacketLimitIsKeptInPartsAndReadBackWhole() throws Exception {
        // 17 MB: sent whole, the file was a packet over MariaDB's 16 MB max_allowed_packet, and the upload failed
        String subject = Fixtures.uniqueName("Μεγάλο αρχείο");
        String words = " διαβούλευση για την ενεργειακή μετάβαση και τα δίκτυα".repeat(40);
        StringBuilder csv = new StringBuilder("Name of cabinet,Name of EC representative,Title of EC representative,"
                + "Portfolio,Date of meeting,Location,Name of interest representative,Transparency register ID,"
                + "Subject of the meeting\n");
        int rows = 0;
        while (csv.length() * 1.9 < 17 * 1024 * 1024) {
            rows++;
            csv.append("Cabinet of Commissioner A,Anna Beta,Cabinet member,Energy,2023-06-09,Brussels,Ένωση Μεγέθους,")
                    .append("\"0123456789-01\",\"").append(subject).append(' ').append(rows).append(words).append("\"\n");
        }
        byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(content.length > 16 * 1024 * 1024, "over the packet limit: " + content.length);
        ImportBatch batch = admin.call(() -> imports.prepare("large.csv", content, MEETINGS));
        long id = batch.getId();
        try {
            List<Object> parts = database.nativeList("select count(*) from import_file_part where batch_id = " + id);
            assertEquals((long) Math.ceil(content.length / (1024.0 * 1024)), ((Number) parts.get(0)).longValue());
            // staging reads the stored file back: every row of it waits to be applied
            assertTrue(admin.call(() -> chunks.processNext(id)));
            assertEquals((long) rows, pending(id));
        } finally {
            database.nativeUpdate("delete from import_pending_row where batch_id = " + id);
            database.nativeUpdate("update import_batch set status = 'COMPLETED' where id = " + id);
        }
    }

    private long pending(long batchId) {
        return ((Number) database.nativeList("select count(*) from import_pending_row where batch_id = " + batchId)
                .get(0)).longValue();
    }

    @Test
    void aSpreadsheetWithMissingColumnsImportsNothing() throws Exception {
        long batches = database.count("select count(b) from ImportBatch b");
        byte[] csv = ("Name of cabinet,Transparency register ID,Subject of the meeting\n"
                + "Cabinet of Commissioner A,3978240953-79,Energy\n").getBytes(StandardCharsets.UTF_8);

        ImportRejectedException refused = assertThrows(ImportRejectedException.class,
                () -> admin.call(() -> imports.prepare("meetings.csv", csv, MEETINGS)));

        assertEquals("import.missingColumns", refused.getProblems().get(0).messageKey());
        assertEquals(batches, database.count("select count(b) from ImportBatch b"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithAMessage() throws Exception {
        byte[] notAWorkbook = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};

        ImportRejectedException refused = assertThrows(ImportRejectedException.class,
                () -> admin.call(() -> imports.prepare("meetings.xlsx", notAWorkbook, MEETINGS)));

        assertEquals("import.badWorkbook", refused.getProblems().get(0).messageKey());
    }

    private ImportBatch importWorkbook() throws Exception {
        byte[] content = DemoMeetings.shipped();
        ImportBatch batch = admin.call(() -> imports.prepare(DemoMeetings.FILE, content, MEETINGS));
        admin.runWithoutTransaction(() -> runner.runToEnd(batch.getId()));
        ImportBatch done = admin.call(() -> imports.batch(batch.getId()));
        assertTrue(done.isDone(), "the import did not finish");
        assertEquals(done.getTotalRows(), done.getProcessedRows());
        return done;
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path);
        return TestHttp.CLIENT.send(TestHttp.request(uri).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof jakarta.ejb.EJBException || t.getClass() == Exception.class) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private long meetings() {
        return database.count("select count(m) from Meeting m where m.source = ?1", RecordSource.EC_MEETINGS_EXPORT);
    }
}
