package gr.integrity.register.it;

import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.VersionView;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Eventually;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.opendata.OpenDataExport;
import gr.integrity.register.opendata.OpenDataFile;
import gr.integrity.register.pdf.DeclarationDocuments;
import gr.integrity.register.publication.WithholdingService;
import gr.integrity.register.registry.CategoryPolicy;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.SettingsService;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.it.support.TestHttp;
import jakarta.ejb.EJB;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Privacy, looked for by value as a leak would be found: a declaration whose private fields hold distinctive
 * values is filed, then its public page, public PDF and JSON are fetched over HTTP as anyone would, and none of
 * those values may appear in them. Withholding and unpublished categories are checked the same way.
 */
@ExtendWith(ArquillianExtension.class)
class PublicationPrivacyIT {

    /** Values that appear nowhere else in the register, one per private field. */
    private static final List<String> PRIVATE_VALUES = List.of("Ξανθίππη Κρυφοπούλου", "1966-04-13", "13/04/1966",
            "176543219", "Οδός Απόρρητη 77", "GR9901100000000000077777777", "ΧΨΩ-9753", "Λεωνίδας Κρυφόπουλος");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @ArquillianResource
    private URL base;

    @EJB
    private AsAdmin admin;

    @EJB
    private AsOfficialA official;

    @EJB
    private Fixtures fixtures;

    @EJB
    private DeclarationService declarations;

    @EJB
    private DeclarationDocuments documents;

    @EJB
    private WithholdingService withholdings;

    @EJB
    private TestDatabase database;

    @EJB
    private OpenDataExport openData;

    @EJB
    private SettingsService settings;

    @Test
    void noPrivateValueReachesThePublicPagePdfOrJson() throws Exception {
        VersionView filed = file(ObligedCategory.POLITICAL);
        long id = filed.declarationId();

        String page = get("/declaration.xhtml?id=" + id).body();
        String json = get("/api/v1/declarations/" + id).body();
        String pdf = pdfText(get("/declarations/pdf?id=" + id + "&v=1", HttpResponse.BodyHandlers.ofByteArray()).body());

        for (String surface : List.of(page, json, pdf)) {
            // the public values are there: the surfaces are not empty, they leave out only what is private
            assertTrue(surface.contains("Ζαγοράς") && surface.contains("Škoda Octavia"), surface.substring(0, 200));
            for (String value : PRIVATE_VALUES) {
                assertFalse(surface.contains(value), value + " leaked");
            }
            assertFalse(surface.contains(filed.contentHash()), "the full content's hash lets a guess be confirmed");
        }
        // the filer's own copy has every value, and the full hash
        String full = pdfText(official.call(() -> documents.fullCopy(id, 1, Locale.forLanguageTag("el"))).bytes());
        assertTrue(full.contains("GR9901100000000000077777777") && full.contains("Ξανθίππη Κρυφοπούλου"));
        assertTrue(full.contains(filed.contentHash()));

        // and the server's log, which operators read, has none of them
        String log = Files.readString(Path.of(System.getProperty("jboss.server.log.dir"), "server.log"),
                StandardCharsets.UTF_8);
        assertTrue(log.contains("WFLYSRV0010"), "the log read is the server's own");
        for (String value : PRIVATE_VALUES) {
            assertFalse(log.contains(value), value + " written to the server log");
        }
    }

    /**
     * Every public surface at once, as a crawler would take them: the official's page, the API's lists (JSON and
     * CSV) and items, the official's feed, and the bulk snapshot with all its tables.
     */
    @Test
    void noPrivateValueReachesTheApiListsFeedsOrBulkFiles() throws Exception {
        VersionView filed = file(ObligedCategory.POLITICAL);
        long id = filed.declarationId();
        long person = database.find(gr.integrity.register.declaration.Declaration.class, id).getPerson().getId();
        List<String> surfaces = new ArrayList<>();
        for (String path : List.of("/person.xhtml?id=" + person, "/api/v1/declarations?official=" + person,
                "/api/v1/declarations?official=" + person + "&format=csv", "/api/v1/officials/" + person,
                "/api/v1/officials?limit=1000", "/feeds/filings.atom?official=" + person, "/feeds/filings.atom",
                "/api/v1/declarations/" + id)) {
            HttpResponse<String> answer = get(path);
            assertEquals(200, answer.statusCode(), path);
            surfaces.add(path + "\n" + answer.body());
        }
        OpenDataFile snapshot = admin.call(() -> openData.publish());
        byte[] zip = get("/open-data/" + snapshot.getName(), HttpResponse.BodyHandlers.ofByteArray()).body();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                surfaces.add(entry.getName() + "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertTrue(surfaces.stream().anyMatch(text -> text.startsWith("declaration_versions.json")
                && text.contains("Ζαγοράς")), "the filing is in the bulk file, without what is private");
        for (String surface : surfaces) {
            for (String value : PRIVATE_VALUES) {
                assertFalse(surface.contains(value), value + " leaked on " + surface.lines().findFirst().orElse(""));
            }
        }
    }

    @Test
    void aWithheldVersionIsATombstoneAndStaysFiledUnchanged() throws Exception {
        VersionView filed = file(ObligedCategory.POLITICAL);
        long id = filed.declarationId();
        String content = database.list("select v.content from DeclarationVersion v where v.receiptNumber = ?1",
                String.class, filed.receiptNumber()).get(0);

        admin.call(() -> withholdings.withhold(filed.receiptNumber(), "Δικαστική απόφαση 1234/2026 του Πρωτοδικείου Αθηνών"));

        HttpResponse<String> page = get("/declaration.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("αποσύρθηκε από τη δημοσίευση"));
        assertFalse(page.body().contains("Ζαγοράς"));
        assertEquals(404, get("/declarations/pdf?id=" + id + "&v=1").statusCode());
        String json = get("/api/v1/declarations/" + id).body();
        assertTrue(json.contains("\"withheld\":true"), json);
        assertFalse(json.contains("Ζαγοράς"), json);
        assertEquals(content, database.list("select v.content from DeclarationVersion v where v.receiptNumber = ?1",
                String.class, filed.receiptNumber()).get(0));
        assertEquals(1, database.count("select count(a) from AuditEntry a where a.action = ?1 and a.details like ?2",
                AuditAction.VERSION_WITHHELD, filed.receiptNumber() + "%"));
    }

    @Test
    void aJudgesDeclarationIsFiledButNotPublished() throws Exception {
        VersionView filed = file(ObligedCategory.JUSTICE);
        long id = filed.declarationId();

        assertEquals(404, get("/declaration.xhtml?id=" + id).statusCode());
        assertEquals(404, get("/api/v1/declarations/" + id).statusCode());
        assertEquals(404, get("/declarations/pdf?id=" + id + "&v=1").statusCode());
        assertEquals(1, official.call(() -> declarations.history(id)).size());
    }

    /**
     * The law stops publishing a category's asset declarations: its filings leave the pages and every bulk file that
     * held them, and the change file published next lists each one withdrawn, so that copies can drop them too.
     */
    @Test
    void aCategoryNoLongerPublishedLeavesTheBulkFilesAndTheChangeFileSaysSo() throws Exception {
        setAssetsPublished(ObligedCategory.MEDIA, true);
        try {
            VersionView filed = file(ObligedCategory.MEDIA);
            OpenDataFile before = admin.call(() -> openData.publish());
            assertTrue(bulkTables(before).get("declaration_versions.csv").contains(filed.receiptNumber()),
                    "published, the filing is in the snapshot");
            assertEquals(200, get("/declaration.xhtml?id=" + filed.declarationId()).statusCode());

            setAssetsPublished(ObligedCategory.MEDIA, false);

            Eventually.until("the snapshot that held the category taken down", Duration.ofMinutes(3),
                    () -> get("/open-data/" + before.getName()).statusCode() == 404);
            assertEquals(404, get("/declaration.xhtml?id=" + filed.declarationId()).statusCode());
            Eventually.until("a new snapshot and change file", Duration.ofMinutes(3), () -> database.count(
                    "select count(f) from OpenDataFile f where f.publishedAt > ?1", before.getPublishedAt()) >= 2);
            OpenDataFile full = latest(OpenDataFile.Kind.FULL);
            OpenDataFile changes = latest(OpenDataFile.Kind.CHANGES);
            for (String table : bulkTables(full).values()) {
                assertFalse(table.contains(filed.receiptNumber()), "the new snapshot holds nothing of the category");
            }
            Map<String, String> changeTables = bulkTables(changes);
            assertFalse(changeTables.get("declaration_versions.csv").contains(filed.receiptNumber()));
            assertTrue(changeTables.get("withdrawals.csv").lines().anyMatch(row -> row.contains(filed.receiptNumber())
                    && row.contains("UNPUBLISHED")), changeTables.get("withdrawals.csv"));
            assertTrue(changeTables.get("withdrawals.json").contains("\"reason\":\"UNPUBLISHED\""));
        } finally {
            setAssetsPublished(ObligedCategory.MEDIA, false);
        }
    }

    private void setAssetsPublished(ObligedCategory category, boolean published) throws Exception {
        CategoryPolicy policy = admin.call(() -> settings.policies()).stream()
                .filter(p -> p.getCategory() == category).findFirst().orElseThrow();
        admin.call(() -> {
            settings.changePolicy(category, policy.getVersion(), policy.getInitialDays(), policy.getFinalYears(),
                    policy.isInterestRequired(), published, policy.isInterestsPublished(), policy.getLateFeeBands());
            return null;
        });
    }

    private OpenDataFile latest(OpenDataFile.Kind kind) {
        return database.list("select f from OpenDataFile f where f.kind = ?1 order by f.id desc", OpenDataFile.class,
                kind).get(0);
    }

    /** A published bulk file's tables by entry name, downloaded as anyone downloads it. */
    private Map<String, String> bulkTables(OpenDataFile file) throws Exception {
        HttpResponse<byte[]> zip = get("/open-data/" + file.getName(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode(), file.getName());
        Map<String, String> tables = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                tables.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return tables;
    }

    @Test
    void craftedAddressesAnswer400Or404NeverAnError() throws Exception {
        assertEquals(404, get("/declaration.xhtml?id=abc").statusCode());
        assertEquals(404, get("/declaration.xhtml").statusCode());
        assertEquals(404, get("/declaration.xhtml?id=999999999").statusCode());
        assertEquals(404, get("/person.xhtml?id=-1").statusCode());
        assertEquals(400, get("/declarations/pdf?id=1&v=x").statusCode());
        assertEquals(404, get("/api/v1/declarations/999999999").statusCode());
        assertEquals(404, get("/api/v1/declarations/abc").statusCode());
        assertEquals(404, get("/institution.xhtml?id=abc").statusCode());
        assertEquals(404, get("/institution.xhtml?id=999999999").statusCode());
        assertEquals(404, get("/organisation.xhtml?id=999999999").statusCode());
        // a search of any words, however long or hostile, is a page of results (or of none), never an error
        for (String words : List.of("x".repeat(5_000), "<script>alert(1)</script>", "' OR 1=1 --", "%00%ff")) {
            HttpResponse<String> answer = get("/search.xhtml?q=" + java.net.URLEncoder.encode(words, StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), words);
            assertFalse(answer.body().contains("<script>alert(1)</script>"), "markup is shown as text");
        }
    }

    private VersionView file(ObligedCategory category) throws Exception {
        Person person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), category));
        Long obligation = database.list("select o.id from Obligation o where o.person.id = ?1 and o.kind = ?2"
                        + " and o.periodYear = 2026 and o.declarationType = ?3", Long.class, person.getId(),
                ObligationKind.ANNUAL, DeclarationType.ASSET).get(0);
        long id = official.call(() -> declarations.open(obligation));
        int revision = official.call(() -> declarations.draft(id)).revision();
        DraftView saved = official.call(() -> declarations.saveDraft(id, revision, privateLooking()));
        Map<String, String> confirmations = saved.findings().stream().collect(Collectors.toMap(Finding::location, f -> ""));
        assertTrue(saved.findings().stream().noneMatch(Finding::isError), saved.findings().toString());
        return official.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(), confirmations));
    }

    private static DeclarationContent privateLooking() {
        DeclarationContent content = DeclarationLifecycleIT.validContent();
        content.items(AssetSchema.FAMILY).add(new DeclarationContent.Item().set("relation", "SPOUSE")
                .set("fullName", PRIVATE_VALUES.get(0)).set("birthDate", PRIVATE_VALUES.get(1))
                .set("taxNumber", PRIVATE_VALUES.get(3)));
        content.items(AssetSchema.FAMILY).add(new DeclarationContent.Item().set("relation", "CHILD")
                .set("fullName", PRIVATE_VALUES.get(7)));
        content.items(AssetSchema.REAL_ESTATE).add(new DeclarationContent.Item().set("kind", "HOUSE")
                .set("country", "Ελλάδα").set("region", "Θεσσαλίας").set("municipality", "Ζαγοράς")
                .set("address", PRIVATE_VALUES.get(4)).set("area", "120").set("acquisitionYear", "2008")
                .set("acquisitionWay", "INHERITANCE").set("share", "50").set("value", "90000").set("currency", "EUR")
                .set("owner", "SPOUSE"));
        content.items(AssetSchema.DEPOSITS).add(new DeclarationContent.Item().set("kind", "DEPOSIT")
                .set("institution", "Alpha Bank").set("accountNumber", PRIVATE_VALUES.get(5)).set("amount", "3000")
                .set("currency", "EUR").set("share", "100").set("owner", "CHILD"));
        content.items(AssetSchema.VEHICLES).add(new DeclarationContent.Item().set("kind", "CAR")
                .set("makeModel", "Škoda Octavia").set("registration", PRIVATE_VALUES.get(6)).set("yearMade", "2019")
                .set("acquisitionYear", "2019").set("share", "100").set("value", "9000").set("currency", "EUR")
                .set("owner", "DECLARANT"));
        return content;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path);
        return TestHttp.CLIENT.send(TestHttp.request(uri).build(), handler);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        assertNotEquals(0, pdf.length);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
