package gr.integrity.register.it;

import gr.integrity.register.audit.AuditChainVerifier;
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
import gr.integrity.register.it.support.TestHttp;
import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.publication.WithholdingService;
import gr.integrity.register.registry.ObligedCategory;
import jakarta.ejb.EJB;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transparency log as an outsider checks it, with the verifier in the repository (tools/LogVerifier.java, the
 * JDK alone) against the running register: a filing is in the log within a round, its public form hashes to its
 * leaf and its leaf is in the signed tree; a rewrite of the stored leaf, by whoever holds the database, is caught
 * from outside, and so is a rewrite of the audit trail the log's heads anchor; a withheld version is still proved,
 * said to be withheld, and its content no longer given. The public PDF names its leaf and carries the register's
 * seal, which poppler's pdfsig finds valid.
 */
@ExtendWith(ArquillianExtension.class)
class TransparencyLogIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Athens"));

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
    private TestDatabase database;

    @EJB
    private DeclarationService declarations;

    @EJB
    private WithholdingService withholdings;

    @Test
    void aFilingIsProvedInTheSignedLogARewriteIsCaughtFromOutsideAndAWithheldOneIsProvedWithoutItsContent()
            throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String organisation = Fixtures.uniqueName("Σύνδεσμος Διαφάνειας");
        admin.call(() -> fixtures.organisation(organisation));
        String subject = "Δημόσια διαβούλευση για το μητρώο " + UUID.randomUUID().toString().substring(0, 8);
        VersionView filed = submitMeeting(organisation, subject);
        String receipt = filed.receiptNumber();

        Eventually.until("the filing is in a signed tree head", Duration.ofSeconds(90),
                () -> get("/log/v1/proof?receipt=" + receipt).statusCode() == 200);
        String proof = get("/log/v1/proof?receipt=" + receipt).body();
        assertTrue(proof.contains("\"status\":\"public\""), proof);
        assertTrue(proof.contains(subject), "the leaf is the version's public form: " + proof);

        // the public PDF names the version's place in the log
        long index = Long.parseLong(proof.replaceAll(".*\"leaf_index\":(\\d+).*", "$1"));
        HttpResponse<byte[]> pdf = TestHttp.CLIENT.send(TestHttp.request(URI.create(base.toString().replaceAll("/$", "")
                + "/declarations/pdf?id=" + filed.declarationId() + "&v=1")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("φύλλο " + index), text);
            assertEquals(1, document.getSignatureDictionaries().size(), "the public copy carries the register's seal");
        }
        Path sealed = Files.createTempFile("public-copy-", ".pdf");
        Files.write(sealed, pdf.body());
        Process pdfsig = new ProcessBuilder("pdfsig", sealed.toString()).redirectErrorStream(true).start();
        String seal = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(pdfsig.waitFor(1, TimeUnit.MINUTES));
        assertTrue(seal.contains("Signature is Valid"), "poppler's pdfsig checks the seal: " + seal);
        Files.delete(sealed);

        Path state = Files.createTempFile("log-state-", ".txt");
        Files.delete(state);
        Verified first = verify(receipt, state);
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("its public form matches its leaf"), first.output());
        Verified again = verify(receipt, state);
        assertEquals(0, again.exit(), "the head extends the one seen before: " + again.output());

        // whoever holds the database rewrites the logged subject: the verifier, from outside, sees it
        long leaf = ((Number) database.nativeList("SELECT leaf_index FROM log_leaf l JOIN declaration_version v"
                + " ON v.id = l.version_id WHERE v.receipt_number = '" + receipt + "'").get(0)).longValue();
        String input = (String) database.nativeList("SELECT leaf_input FROM log_leaf WHERE leaf_index = " + leaf).get(0);
        String hash = (String) database.nativeList("SELECT leaf_hash FROM log_leaf WHERE leaf_index = " + leaf).get(0);
        String forged = input.replace(subject, "Τίποτα σημαντικό");
        database.nativeUpdate("DROP TRIGGER log_leaf_no_update");
        try {
            database.nativeUpdate("UPDATE log_leaf SET leaf_input = '" + forged.replace("'", "''") + "' WHERE leaf_index = " + leaf);
            Verified rewritten = verify(receipt, state);
            assertEquals(1, rewritten.exit(), rewritten.output());
            assertTrue(rewritten.output().contains("does not hash to its leaf"), rewritten.output());

            String forgedHash = java.util.HexFormat.of().formatHex(gr.integrity.register.transparency.MerkleTree
                    .leafHash(forged.getBytes(StandardCharsets.UTF_8)));
            database.nativeUpdate("UPDATE log_leaf SET leaf_hash = '" + forgedHash + "' WHERE leaf_index = " + leaf);
            Verified rehashed = verify(receipt, state);
            assertEquals(1, rehashed.exit(), rehashed.output());
            assertTrue(rehashed.output().contains("is not in the tree"), rehashed.output());
        } finally {
            database.nativeUpdate("UPDATE log_leaf SET leaf_input = '" + input.replace("'", "''") + "', leaf_hash = '"
                    + hash + "' WHERE leaf_index = " + leaf);
            database.nativeUpdate("CREATE TRIGGER log_leaf_no_update BEFORE UPDATE ON log_leaf FOR EACH ROW"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'log_leaf is append-only'");
        }
        assertEquals(0, verify(receipt, state).exit(), "restored, the log verifies again");

        // the heads the verifier kept anchor the audit trail: a trail rewritten whole (every hash recomputed, so
        // that its own chain holds) no longer has the entry the log signed
        List<String> anchors = Files.readAllLines(state);
        String anchored = anchors.get(anchors.size() - 1).split(" ")[3];
        assertTrue(anchored.matches("[0-9]+"), anchors.toString());
        assertTrue(database.withConnection(c -> AuditChainVerifier.unanchored(c, anchors)).isEmpty());
        String entryHash = (String) database.nativeList("SELECT entry_hash FROM audit_entry WHERE id = " + anchored).get(0);
        database.nativeUpdate("DROP TRIGGER audit_entry_no_update");
        try {
            database.nativeUpdate("UPDATE audit_entry SET entry_hash = '" + "f".repeat(64) + "' WHERE id = " + anchored);
            List<String> broken = database.withConnection(c -> AuditChainVerifier.unanchored(c, anchors));
            assertEquals(List.of("entry " + anchored + " has another hash than the log signed"), broken.stream().distinct().toList());
        } finally {
            database.nativeUpdate("UPDATE audit_entry SET entry_hash = '" + entryHash + "' WHERE id = " + anchored);
            database.nativeUpdate("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only'");
        }

        // withheld: still in the log (the leaf's hash reveals nothing), said to be withheld, its content not given
        admin.call(() -> withholdings.withhold(receipt, "Δικαστική απόφαση για το θέμα της συνάντησης."));
        String withheld = get("/log/v1/proof?receipt=" + receipt).body();
        assertTrue(withheld.contains("\"status\":\"withheld\""), withheld);
        assertFalse(withheld.contains(subject) || withheld.contains("leaf_input"), withheld);
        Verified proved = verify(receipt, state);
        assertEquals(0, proved.exit(), proved.output());
        assertTrue(proved.output().contains("withheld"), proved.output());

        // what the log answers to nonsense
        assertEquals(400, get("/log/v1/proof?receipt=%27%3B--").statusCode());
        assertEquals(404, get("/log/v1/proof?receipt=ASSET-1900-999999-1").statusCode());
        assertEquals(400, get("/log/v1/consistency?first=5&second=999999999").statusCode());
        assertEquals(404, get("/log/v1/nothing").statusCode());
    }

    private record Verified(int exit, String output) {
    }

    /** The repository's verifier, run as anyone would run it: the JDK's java on the source file. */
    private Verified verify(String receipt, Path state) throws Exception {
        Path repository = Path.of(System.getProperty("jboss.server.base.dir")).getParent().getParent().getParent();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), repository.resolve("tools/LogVerifier.java").toString(),
                base.toString(), "--receipt", receipt, "--state", state.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        return new Verified(process.exitValue(), output);
    }

    private VersionView submitMeeting(String organisation, String subject) throws Exception {
        long id = official.call(() -> declarations.declare(DeclarationType.MEETING));
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("date", TODAY.minusDays(2).toString());
        content.getHeader().put("format", "IN_PERSON");
        content.getHeader().put("subject", subject);
        content.items(MeetingSchema.ORGANISATIONS).add(new DeclarationContent.Item().set("organisation", organisation));
        DraftView draft = official.call(() -> declarations.draft(id));
        DraftView saved = official.call(() -> declarations.saveDraft(id, draft.revision(), content));
        assertTrue(saved.findings().stream().noneMatch(Finding::isError), saved.findings().toString());
        Map<String, String> confirmations = saved.findings().stream().collect(Collectors.toMap(Finding::location, f -> ""));
        return official.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(), confirmations));
    }

    private HttpResponse<String> get(String path) throws Exception {
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path);
        return TestHttp.CLIENT.send(TestHttp.request(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
