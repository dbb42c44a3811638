package gr.integrity.register.it;

import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.declaration.AttachedDocuments;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.VersionView;
import gr.integrity.register.it.support.As;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.AsOfficialB;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Eventually;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.Thrown;
import gr.integrity.register.common.TextKeys;
import gr.integrity.register.lobbying.MeetingBackfill;
import gr.integrity.register.lobbying.MeetingFilter;
import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.lobbying.OrganisationPages;
import gr.integrity.register.lobbying.PublicMeeting;
import gr.integrity.register.opendata.OpenDataExport;
import gr.integrity.register.opendata.OpenDataFile;
import gr.integrity.register.opendata.OpenDataFiles;
import gr.integrity.register.publication.WithholdingService;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.SettingsService;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.it.support.TestHttp;
import jakarta.ejb.EJB;
import gr.integrity.register.platform.Hashing;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Meetings declared on the shared lifecycle, against MariaDB: a submitted declaration becomes a public meeting
 * record, found by its Greek subject; a second official who was there declares the same meeting and it is counted
 * once; an amendment revises the record; a late one is accepted and flagged; nobody else touches the declaration.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingDeclarationIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Athens"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsOfficialA official;

    @EJB
    private AsOfficialB otherOfficial;

    @EJB
    private Fixtures fixtures;

    @EJB
    private DeclarationService declarations;

    @EJB
    private MeetingSearch search;

    @EJB
    private WithholdingService withholdings;

    @EJB
    private OrganisationPages pages;

    @EJB
    private AttachedDocuments documents;

    @EJB
    private SettingsService settings;

    @EJB
    private TestDatabase database;

    @EJB
    private MeetingBackfill backfill;

    @EJB
    private OpenDataExport export;

    @EJB
    private OpenDataFiles files;

    @ArquillianResource
    private URL base;

    @Test
    void aDeclaredMeetingIsPublicAndCountedOnceWhoeverDeclaresIt() throws Exception {
        Person first = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        Person second = admin.call(() -> fixtures.freshOfficial(AsOfficialB.USERNAME, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Ένωση Ξενοδόχων Δοκιμής");
        long organisation = admin.call(() -> fixtures.organisation(name));
        LocalDate day = TODAY.minusDays(3);

        long id = official.call(() -> declarations.declare(DeclarationType.MEETING));
        VersionView filed = submit(official, id, meeting(day, name, "Τουριστική μίσθωση και στέγαση στα νησιά"));

        MeetingFilter theirs = new MeetingFilter(null, null, organisation, null, null, null);
        List<PublicMeeting> found = search.search(new MeetingFilter(null, null, organisation, "ΣΤΕΓΑΣΗ νησια",
                null, null), null, 10).items();
        assertEquals(1, found.size());
        assertEquals(Set.of(first.getId()), officials(found.get(0)));
        assertTrue(!found.get(0).imported() && found.get(0).licence() == null, "declared here, not imported");
        assertEquals(day, found.get(0).date());

        // the other official who was there declares it too: one meeting, two officials
        long theirDeclaration = otherOfficial.call(() -> declarations.declare(DeclarationType.MEETING));
        submit(otherOfficial, theirDeclaration, meeting(day, name, "Συνάντηση για τη βραχυχρόνια μίσθωση"));
        List<PublicMeeting> once = search.search(theirs, null, 10).items();
        assertEquals(1, once.size());
        assertEquals(Set.of(first.getId(), second.getId()), officials(once.get(0)));

        // an amendment of the first declaration revises the record
        DraftView amendment = official.call(() -> declarations.amend(id, "Διόρθωση του θέματος της συνάντησης."));
        DeclarationContent changed = amendment.content();
        changed.getHeader().put("subject", "Βραχυχρόνια μίσθωση, στέγαση και ύδρευση στα νησιά");
        submit(official, id, changed, amendment.revision());
        assertEquals(1, search.search(new MeetingFilter(null, null, organisation, "υδρευση", null, null), null, 10)
                .items().size());
        assertEquals(1, search.search(theirs, null, 10).items().size(), "still one meeting");
        assertEquals(1, filed.versionNo());

        // another official cannot read or change the declaration
        assertInstanceOf(AccessRefusedException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> otherOfficial.call(() -> declarations.version(id, 1)))));
    }

    @Test
    void aMeetingRecordedBeforeTheRegisterKeptPolicyAreasGetsThemFromItsDeclarationOnce() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Σύνδεσμος Αλιέων Δοκιμής");
        long organisation = admin.call(() -> fixtures.organisation(name));
        String area = Fixtures.uniqueName("Αλιεία");
        DeclarationContent content = meeting(TODAY.minusDays(2), name, "Αλιευτικές άδειες στο Αιγαίο");
        content.getHeader().put("policyAreas", area + "; Θαλάσσια πάρκα");
        long id = official.call(() -> declarations.declare(DeclarationType.MEETING));
        submit(official, id, content);
        MeetingFilter byArea = new MeetingFilter(null, null, organisation, TextKeys.fold(area), null, null, null);
        assertEquals(1, search.search(byArea, null, 10).items().size());

        // as a register upgraded to V18 had it: the record with no areas, the backfill not yet done
        long meeting = search.search(byArea, null, 10).items().get(0).id();
        database.nativeUpdate("delete from meeting_policy_area where meeting_id = " + meeting);
        database.nativeUpdate("delete from register_maintenance where task = 'meeting-policy-areas'");
        assertEquals(0, search.search(byArea, null, 10).items().size(), "the area search missed it");

        assertTrue(backfill.policyAreas() >= 1);
        List<PublicMeeting> found = search.search(byArea, null, 10).items();
        assertEquals(1, found.size(), "found by the area its declaration names");
        assertEquals(List.of(area, "Θαλάσσια πάρκα"), found.get(0).policyAreas().stream().map(PublicMeeting.Area::name).toList());
        assertEquals(0, backfill.policyAreas(), "done once: a later start repeats nothing");
    }

    @Test
    void aWithheldMeetingDeclarationLeavesThePublicRecordOnEverySurface() throws Exception {
        Person first = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        Person second = admin.call(() -> fixtures.freshOfficial(AsOfficialB.USERNAME, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Σύλλογος Αποσύρσεων Δοκιμής");
        long organisation = admin.call(() -> fixtures.organisation(name));
        MeetingFilter theirs = new MeetingFilter(null, null, organisation, null, null, null);
        LocalDate day = TODAY.minusDays(4);

        // declared by two officials, then amended by the first: one record, with the amended subject
        long id = official.call(() -> declarations.declare(DeclarationType.MEETING));
        VersionView v1 = submit(official, id, meeting(day, name, "Αλιευτικά δικαιώματα στο Αιγαίο"));
        long theirs2 = otherOfficial.call(() -> declarations.declare(DeclarationType.MEETING));
        VersionView other = submit(otherOfficial, theirs2, meeting(day, name, "Αλιευτικά δικαιώματα"));
        DraftView amendment = official.call(() -> declarations.amend(id, "Συμπλήρωση του θέματος της συνάντησης."));
        DeclarationContent changed = amendment.content();
        changed.getHeader().put("subject", "Αλιευτικά δικαιώματα και ιχθυοκαλλιέργειες στο Αιγαίο");
        VersionView v2 = submit(official, id, changed, amendment.revision());
        PublicMeeting record = search.search(theirs, null, 10).items().get(0);
        assertEquals("Αλιευτικά δικαιώματα και ιχθυοκαλλιέργειες στο Αιγαίο", record.subject());
        assertEquals(Set.of(first.getId(), second.getId()), officials(record));
        assertTrue(record.institutionId() != null, "the record names the institution the officials met for");
        assertTrue(publicSurfaces(organisation).contains("ιχθυοκαλλιέργειες"), "on the API and the CSV download");

        // the amendment withheld: the public record is the first version again, everywhere
        admin.call(() -> withholdings.withhold(v2.receiptNumber(), "Δικαστική απόφαση για το θέμα της συνάντησης."));
        record = search.search(theirs, null, 10).items().get(0);
        assertEquals("Αλιευτικά δικαιώματα στο Αιγαίο", record.subject());
        assertFalse(publicSurfaces(organisation).contains("ιχθυοκαλλιέργειες"), "the withheld subject is gone");

        // the first official's declaration withheld altogether: the record is the other official's alone
        admin.call(() -> withholdings.withhold(v1.receiptNumber(), "Δικαστική απόφαση για τη δήλωση."));
        record = search.search(theirs, null, 10).items().get(0);
        assertEquals(Set.of(second.getId()), officials(record));
        assertEquals("Αλιευτικά δικαιώματα", record.subject());
        assertFalse(publicSurfaces(organisation).contains("Αιγαίο"));

        // and the other's too: no public record of the meeting is left
        admin.call(() -> withholdings.withhold(other.receiptNumber(), "Δικαστική απόφαση και για τη δεύτερη δήλωση."));
        assertTrue(search.search(theirs, null, 10).items().isEmpty());
        assertFalse(publicSurfaces(organisation).contains("Αλιευτικά"));
        assertEquals(0, pages.profile(organisation).meetings(), "the organisation's page counts none");
    }

    @Test
    void aWithheldVersionLeavesThePublishedBulkFilesThatHeldIt() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Ένωση Ανοικτών Αρχείων");
        admin.call(() -> fixtures.organisation(name));
        String subject = Fixtures.uniqueName("Υδατοκαλλιέργειες");
        long id = official.call(() -> declarations.declare(DeclarationType.MEETING));
        VersionView version = submit(official, id, meeting(TODAY.minusDays(3), name, subject));
        OpenDataFile before = admin.call(() -> export.publish());
        assertTrue(bulkText(before).contains(subject), "the snapshot holds the meeting");

        admin.call(() -> withholdings.withhold(version.receiptNumber(), "Δικαστική απόφαση για τη δημοσίευση."));

        Eventually.until("the snapshot that held the withheld version taken down", Duration.ofMinutes(3),
                () -> get("/open-data/" + before.getName()).statusCode() == 404);
        // the files go first, then a new snapshot is written without the version: there is a moment with none
        Eventually.until("a new snapshot published", Duration.ofMinutes(3), () -> files.published().stream()
                .anyMatch(f -> f.getKind() == OpenDataFile.Kind.FULL));
        OpenDataFile after = files.published().stream().filter(f -> f.getKind() == OpenDataFile.Kind.FULL)
                .findFirst().orElseThrow();
        assertFalse(after.getName().equals(before.getName()));
        assertFalse(bulkText(after).contains(subject), "the new snapshot holds nothing of the withheld version");
        assertTrue(files.published().stream().noneMatch(f -> f.getName().equals(before.getName())));
        // and the change file published with it tells copies of the earlier files to drop the version (another
        // test's withholding may have published a later change file since: any of the recent ones may be it)
        List<OpenDataFile> changes = files.published().stream().filter(f -> f.getKind() == OpenDataFile.Kind.CHANGES)
                .limit(5).toList();
        boolean listed = false;
        for (OpenDataFile file : changes) {
            listed |= bulkText(file).lines().anyMatch(row -> row.contains(version.receiptNumber())
                    && row.contains("WITHHELD"));
        }
        assertTrue(listed, "a change file lists the withdrawal");
    }

    /** A published bulk file's tables, downloaded as the public downloads it, as one text. */
    private String bulkText(OpenDataFile file) throws Exception {
        HttpResponse<byte[]> zip = get("/open-data/" + file.getName());
        assertEquals(200, zip.statusCode());
        StringBuilder text = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    /** The meetings API's list and the CSV download, filtered to the organisation, as one text. */
    private String publicSurfaces(long organisation) throws Exception {
        HttpResponse<byte[]> api = get("/api/v1/meetings?organisation=" + organisation);
        HttpResponse<byte[]> csv = get("/meetings/export?format=csv&organisation=" + organisation);
        assertEquals(200, api.statusCode());
        assertEquals(200, csv.statusCode());
        return new String(api.body(), StandardCharsets.UTF_8) + new String(csv.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aLateMeetingIsAcceptedAndFlaggedAFutureOneRefused() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Σύνδεσμος Δοκιμαστικών Εταιρειών");
        admin.call(() -> fixtures.organisation(name));
        long id = official.call(() -> declarations.declare(DeclarationType.MEETING));
        DraftView draft = official.call(() -> declarations.draft(id));

        DraftView future = official.call(() -> declarations.saveDraft(id, draft.revision(),
                meeting(TODAY.plusDays(2), name, "Μελλοντική συνάντηση")));
        assertTrue(future.findings().stream().anyMatch(f -> f.code().equals("MEETING-008") && f.isError()));

        DraftView late = official.call(() -> declarations.saveDraft(id, future.revision(),
                meeting(TODAY.minusDays(40), name, "Παλιά συνάντηση")));
        assertTrue(late.findings().stream().anyMatch(f -> f.code().equals("MEETING-015") && !f.isError()));
        assertTrue(late.findings().stream().noneMatch(Finding::isError), late.findings().toString());
        VersionView filed = submit(official, id, late);
        assertTrue(filed.confirmations().keySet().stream().anyMatch(k -> k.startsWith("MEETING-015")));

        // a meeting is not an obligation: asset declarations cannot be started this way
        assertThrows(Exception.class, () -> official.call(() -> declarations.declare(DeclarationType.ASSET)));
    }

    @Test
    void lateIsAFactOfTheFirstSubmissionThatThePublicRecordShows() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Ένωση Εκπρόθεσμων Δηλώσεων");
        long organisation = admin.call(() -> fixtures.organisation(name));
        LocalDate met = TODAY.minusDays(20);

        // declared on time: filed five days after the meeting (its first submission moved back to then)
        long onTime = official.call(() -> declarations.declare(DeclarationType.MEETING));
        submit(official, onTime, meeting(met, name, "Συνάντηση δηλωμένη εγκαίρως"));
        database.nativeUpdate("UPDATE declaration SET first_submitted_at = '" + met.plusDays(5) + " 09:00:00'"
                + " WHERE id = " + onTime);
        // declared today, three weeks after a meeting the day before: late
        long late = official.call(() -> declarations.declare(DeclarationType.MEETING));
        submit(official, late, meeting(met.minusDays(1), name, "Συνάντηση δηλωμένη αργά"));

        // amended today, after day 15: the amendment is no later declaration
        DraftView amendment = official.call(() -> declarations.amend(onTime, "Διόρθωση του θέματος της συνάντησης"));
        DeclarationContent corrected = amendment.content();
        corrected.getHeader().put("subject", "Συνάντηση δηλωμένη εγκαίρως, θέμα διορθωμένο");
        DraftView saved = official.call(() -> declarations.saveDraft(onTime, amendment.revision(), corrected));
        assertTrue(saved.findings().stream().noneMatch(f -> f.code().equals("MEETING-015")), saved.findings().toString());
        submit(official, onTime, saved);

        Map<String, Boolean> lateBySubject = search.search(new MeetingFilter(null, null, organisation, null, null, null),
                null, 10).items().stream().collect(Collectors.toMap(PublicMeeting::subject,
                m -> m.officials().get(0).declaredLate()));
        assertEquals(Map.of("Συνάντηση δηλωμένη εγκαίρως, θέμα διορθωμένο", false, "Συνάντηση δηλωμένη αργά", true),
                lateBySubject);
        String page = new String(get("/meetings.xhtml?organisation=" + organisation).body(), StandardCharsets.UTF_8);
        assertEquals(1, page.split("δηλώθηκε εκπρόθεσμα", -1).length - 1, "the page marks the late one alone");
    }

    @Test
    void documentsReceivedArePdfsCheckedByContentAndServedAsDownloads() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        admin.call(() -> fixtures.freshOfficial(AsOfficialB.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Σύνδεσμος Εγγράφων");
        admin.call(() -> fixtures.organisation(name));
        long id = official.call(() -> declarations.declare(DeclarationType.MEETING));
        byte[] pdf = pdf("Υπόμνημα του Συνδέσμου");

        // a PDF by its content is taken, whatever its name; anything else is refused whatever its name
        String sha = official.call(() -> documents.attach(id, "../../etc/Υπόμνημα.PDF", pdf));
        assertEquals("document.notPdf", Thrown.messageKey(() -> official.call(() -> documents.attach(id, "photo.pdf",
                new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))));
        assertEquals("document.notPdf", Thrown.messageKey(() -> official.call(() -> documents.attach(id, "fake.pdf",
                "%PDF-1.7 but nothing a reader could open".getBytes(StandardCharsets.US_ASCII)))));
        admin.call(() -> { settings.changeSetting(AttachedDocuments.MAX_MEGABYTES, "1"); return null; });
        try {
            byte[] large = Arrays.copyOf(pdf, 1024 * 1024 + 1);
            assertEquals("document.tooLarge", Thrown.messageKey(() -> official.call(() -> documents.attach(id, "large.pdf", large))));
        } finally {
            admin.call(() -> { settings.changeSetting(AttachedDocuments.MAX_MEGABYTES, "10"); return null; });
        }
        // a real 9 MB PDF under the 10 MB setting: one statement of it would be over the server's 16 MB packet
        // limit (sent as hex, twice its size) and failed as a 500; it is refused on its field with the limit that holds
        assertEquals(7, official.call(() -> documents.maxMegabytes()), "what one statement stores on a 16 MB packet");
        byte[] photographed = scannedPdf();
        assertTrue(photographed.length > 8 * 1024 * 1024 && photographed.length < 10 * 1024 * 1024, "" + photographed.length);
        assertEquals("document.tooLarge", Thrown.messageKey(() -> official.call(() ->
                documents.attach(id, "scanned.pdf", photographed))));
        // nobody attaches to someone else's declaration
        assertInstanceOf(AccessRefusedException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> otherOfficial.call(() -> documents.attach(id, "x.pdf", pdf)))));

        // a document named in a crafted draft that is not this declaration's is dropped, and the rules say so
        DeclarationContent content = meeting(TODAY.minusDays(1), name, "Υπόμνημα για τον αιγιαλό");
        content.items(MeetingSchema.DOCUMENTS).add(new DeclarationContent.Item().set("title", "Υπόμνημα").set("file", sha));
        content.items(MeetingSchema.DOCUMENTS).add(new DeclarationContent.Item().set("title", "Ξένο").set("file", "ab".repeat(32)));
        DraftView draft = official.call(() -> declarations.draft(id));
        DraftView saved = official.call(() -> declarations.saveDraft(id, draft.revision(), content));
        assertTrue(saved.findings().stream().anyMatch(f -> f.isError() && "file".equals(f.field())), saved.findings().toString());
        content.items(MeetingSchema.DOCUMENTS).remove(1);
        submit(official, id, content, saved.revision());

        HttpResponse<byte[]> download = get("/declarations/document?id=" + id + "&sha=" + sha);
        assertEquals(200, download.statusCode());
        assertEquals(sha, Hashing.sha256Hex(download.body()), "the public gets the stored file the content names");
        try (PDDocument published = Loader.loadPDF(download.body())) {
            assertEquals(1, published.getNumberOfPages());
            assertNull(published.getDocumentInformation().getTitle(), "the uploaded file's metadata is not published");
        }
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertFalse(disposition.contains("%CE%A5") || disposition.contains("Υπόμνημα"),
                "the name the filer's computer gave the file is not published: " + disposition);
        assertTrue(disposition.contains("declaration-" + id + "-"), disposition);
        assertEquals("Υπόμνημα.pdf", official.call(() -> documents.filedFile(id, sha)).fileName(),
                "the filer still sees the name they uploaded it under");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains(".pdf"));
        assertTrue(download.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertEquals(404, get("/declarations/document?id=" + id + "&sha=" + "cd".repeat(32)).statusCode());
        assertEquals(400, get("/declarations/document?id=" + id + "&sha=../../etc/passwd").statusCode());
        assertEquals(404, get("/declarations/document?id=999999999&sha=" + sha).statusCode());
    }

    /** A page of noise as a scanner makes it: an image that does not compress, about 9 MB. */
    private static byte[] scannedPdf() throws IOException {
        java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(1750, 1750,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(9);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, noise);
            try (var contents = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                contents.drawImage(image, 0, 0, 612, 792);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(text);
            document.save(out);
            return out.toByteArray();
        }
    }


    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path);
        return TestHttp.CLIENT.send(TestHttp.request(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static DeclarationContent meeting(LocalDate day, String organisation, String subject) {
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("date", day.toString());
        content.getHeader().put("format", "IN_PERSON");
        content.getHeader().put("location", "Αθήνα");
        content.getHeader().put("subject", subject);
        content.items(MeetingSchema.ORGANISATIONS).add(new DeclarationContent.Item().set("organisation", organisation)
                .set("representatives", "Μαρία Κωνσταντίνου"));
        return content;
    }

    private VersionView submit(As as, long id, DeclarationContent content) throws Exception {
        DraftView draft = as.call(() -> declarations.draft(id));
        DraftView saved = as.call(() -> declarations.saveDraft(id, draft.revision(), content));
        return submit(as, id, saved);
    }

    private VersionView submit(As as, long id, DeclarationContent content, int revision)
            throws Exception {
        DraftView saved = as.call(() -> declarations.saveDraft(id, revision, content));
        return submit(as, id, saved);
    }

    private VersionView submit(As as, long id, DraftView saved) throws Exception {
        assertTrue(saved.findings().stream().noneMatch(Finding::isError), saved.findings().toString());
        Map<String, String> confirmations = saved.findings().stream().collect(Collectors.toMap(Finding::location, f -> ""));
        return as.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(), confirmations));
    }

    private static Set<Long> officials(PublicMeeting meeting) {
        return meeting.officials().stream().map(PublicMeeting.Attendee::personId).collect(Collectors.toSet());
    }

}
