package gr.integrity.register.it;

import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationSummary;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DeclarationVersion;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.FieldChange;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.SubmissionRefusedException;
import gr.integrity.register.declaration.VersionView;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsAuditor;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.AsOfficialB;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.publication.PublicDirectory;
import gr.integrity.register.review.OversightFigures;
import gr.integrity.register.review.ReviewFilter;
import gr.integrity.register.review.ReviewService;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligationService;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The declaration lifecycle against MariaDB: drafts that keep everything typed, submissions that happen once,
 * versions that never change, lateness that follows the deadline, and declarations no one else can touch. Each
 * test gives the test official a new person, so no earlier test or run has filed anything for them.
 */
@ExtendWith(ArquillianExtension.class)
class DeclarationLifecycleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsOfficialA official;

    @EJB
    private AsAuditor auditor;

    @EJB
    private PublicDirectory directory;

    @EJB
    private OversightFigures oversight;

    @EJB
    private ReviewService reviews;

    @EJB
    private AsOfficialB otherOfficial;

    @EJB
    private Fixtures fixtures;

    @EJB
    private DeclarationService declarations;

    @EJB
    private ObligationService obligations;

    @EJB
    private TestDatabase database;

    @Test
    void aDraftKeepsEverythingTypedAndShowsEachFindingOnItsField() throws Exception {
        long id = openAnnual(newOfficial(ObligedCategory.POLITICAL), 2026);
        DraftView draft = official.call(() -> declarations.draft(id));
        DeclarationContent typed = validContent();
        DeclarationContent.Item deposit = typed.items(AssetSchema.DEPOSITS).get(0);
        deposit.set("amount", "δώδεκα χιλιάδες").set("share", "150").set("institution", "<script>alert(1)</script>");
        typed.items(AssetSchema.VALUABLES).add(new DeclarationContent.Item().set("description", "χ".repeat(10_000))
                .set("value", "-5").set("currency", "EUR").set("owner", "DECLARANT"));
        typed.items(AssetSchema.CHANGES).add(new DeclarationContent.Item().set("change", "ACQUISITION")
                .set("asset", "Διαμέρισμα").set("date", LocalDate.now().plusDays(3).toString()).set("price", "90000")
                .set("currency", "EUR").set("owner", "DECLARANT"));

        DraftView saved = official.call(() -> declarations.saveDraft(id, draft.revision(), typed));

        Map<String, String> found = saved.findings().stream()
                .collect(Collectors.toMap(f -> f.code() + "@" + f.section() + "." + f.field(), Finding::code, (a, b) -> a));
        for (String expected : List.of("ASSET-002@deposits.amount", "ASSET-006@deposits.share",
                "ASSET-011@deposits.institution", "ASSET-010@valuables.description", "ASSET-003@valuables.value",
                "ASSET-008@changes.date", "ASSET-016@changes.sourceOfFunds")) {
            assertTrue(found.containsKey(expected), expected + " in " + found.keySet());
        }
        DeclarationContent stored = official.call(() -> declarations.draft(id)).content();
        DeclarationContent.Item kept = stored.items(AssetSchema.DEPOSITS).get(0);
        assertEquals("δώδεκα χιλιάδες", kept.get("amount"));
        assertEquals("<script>alert(1)</script>", kept.get("institution"));
        assertEquals(10_000, stored.items(AssetSchema.VALUABLES).get(0).get("description").length());

        // submitting is refused with the codes, and nothing is written
        SubmissionRefusedException refused = assertInstanceOf(SubmissionRefusedException.class, unwrap(assertThrows(
                Exception.class, () -> official.call(() -> declarations.submit(id, saved.revision(), key(), Map.of())))));
        assertTrue(refused.getFindings().stream().map(Finding::code).toList().contains("ASSET-002"));
        assertEquals(0, versions(id));
        assertEquals("δώδεκα χιλιάδες", official.call(() -> declarations.draft(id)).content()
                .items(AssetSchema.DEPOSITS).get(0).get("amount"));
    }

    @Test
    void aDraftSavedMeanwhileFromAnotherTabIsNotOverwritten() throws Exception {
        long id = openAnnual(newOfficial(ObligedCategory.POLITICAL), 2026);
        DraftView tab1 = official.call(() -> declarations.draft(id));
        DraftView tab2 = official.call(() -> declarations.draft(id));
        official.call(() -> declarations.saveDraft(id, tab1.revision(), validContent()));

        DeclarationContent other = validContent();
        other.items(AssetSchema.DEPOSITS).get(0).set("amount", "1");
        assertInstanceOf(ConflictException.class, unwrap(assertThrows(Exception.class,
                () -> official.call(() -> declarations.saveDraft(id, tab2.revision(), other)))));
        // the first tab's save stands, as typed
        assertEquals("12.500,50", official.call(() -> declarations.draft(id)).content()
                .items(AssetSchema.DEPOSITS).get(0).get("amount"));
    }

    @Test
    void twoConcurrentSubmissionsOfOneDraftGiveOneVersion() throws Exception {
        long id = openAnnual(newOfficial(ObligedCategory.POLITICAL), 2026);
        int revision = official.call(() -> declarations.saveDraft(id, revision(id), validContent())).revision();

        // two tabs, each with its own submission key, clicking at the same moment
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<VersionView>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String key = key();
            clicks.add(pool.submit(() -> {
                start.await();
                return official.call(() -> declarations.submit(id, revision, key, Map.of()));
            }));
        }
        start.countDown();
        List<String> receipts = new ArrayList<>();
        for (Future<VersionView> click : clicks) {
            receipts.add(click.get().receiptNumber());
        }
        pool.shutdown();

        assertEquals(1, versions(id));
        assertEquals(receipts.get(0), receipts.get(1));
        assertEquals(receipts.get(0), official.call(() -> declarations.version(id, 1)).receiptNumber());
        assertEquals(1, database.count("select count(a) from AuditEntry a where a.action = ?1 and a.objectId = ?2",
                AuditAction.DECLARATION_SUBMITTED, String.valueOf(id)));
    }

    @Test
    void theSameSubmissionSentTwiceIsOneVersion() throws Exception {
        long id = openAnnual(newOfficial(ObligedCategory.POLITICAL), 2026);
        int revision = official.call(() -> declarations.saveDraft(id, revision(id), validContent())).revision();
        String key = key();

        VersionView first = official.call(() -> declarations.submit(id, revision, key, Map.of()));
        VersionView again = official.call(() -> declarations.submit(id, revision, key, Map.of()));

        assertEquals(first.receiptNumber(), again.receiptNumber());
        assertEquals(1, versions(id));
    }

    @Test
    void amendingLeavesVersionOneByteForByteAsItWasAndChainsTheNewOne() throws Exception {
        long id = openAnnual(newOfficial(ObligedCategory.POLITICAL), 2026);
        int revision = official.call(() -> declarations.saveDraft(id, revision(id), validContent())).revision();
        official.call(() -> declarations.submit(id, revision, key(), Map.of()));
        DeclarationVersion before = version(id, 1);

        assertInstanceOf(InvalidInputException.class, unwrap(assertThrows(Exception.class,
                () -> official.call(() -> declarations.amend(id, "λάθος")))));
        DraftView amendment = official.call(() -> declarations.amend(id, "Διόρθωση του υπολοίπου της κατάθεσης."));
        assertEquals(1, amendment.baseVersionNo());
        DeclarationContent corrected = amendment.content();
        corrected.items(AssetSchema.DEPOSITS).get(0).set("amount", "13100");
        int amendedRevision = official.call(() -> declarations.saveDraft(id, amendment.revision(), corrected)).revision();
        VersionView v2 = official.call(() -> declarations.submit(id, amendedRevision, key(), Map.of()));

        DeclarationVersion after = version(id, 1);
        assertArrayEquals(before.getContent().getBytes(StandardCharsets.UTF_8),
                after.getContent().getBytes(StandardCharsets.UTF_8));
        assertEquals(before.getContentHash(), after.getContentHash());
        assertEquals(before.getChainHash(), after.getChainHash());
        assertEquals(before.getSubmittedAt(), after.getSubmittedAt());
        assertEquals(Hashing.sha256Hex(after.getContent()), after.getContentHash());

        assertEquals(2, v2.versionNo());
        assertTrue(official.call(() -> declarations.version(id, 1)).isSuperseded());
        DeclarationVersion second = version(id, 2);
        assertEquals("Διόρθωση του υπολοίπου της κατάθεσης.", second.getAmendmentReason());
        // the chain: each version's hash covers the one submitted before it anywhere in the register
        assertEquals(Hashing.sha256Hex(DeclarationVersion.chainInput(second.getPreviousChainHash(),
                second.getContentHash(), second.getReceiptNumber(), second.getSubmittedAt())), second.getChainHash());
        assertEquals(Hashing.sha256Hex(DeclarationVersion.chainInput(after.getPreviousChainHash(),
                after.getContentHash(), after.getReceiptNumber(), after.getSubmittedAt())), after.getChainHash());

        List<FieldChange> changes = official.call(() -> declarations.compare(id, 1, 2));
        assertEquals(List.of(new FieldChange("deposits", corrected.items(AssetSchema.DEPOSITS).get(0).getId(),
                "Τράπεζα Πειραιώς, GR1601101250000000012300695", "amount", "12500.5", "13100")), changes);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveASubmittedVersion() throws Exception {
        long id = openAnnual(newOfficial(ObligedCategory.POLITICAL), 2026);
        int revision = official.call(() -> declarations.saveDraft(id, revision(id), validContent())).revision();
        official.call(() -> declarations.submit(id, revision, key(), Map.of()));
        DeclarationVersion before = version(id, 1);

        assertThrows(Exception.class, () -> database.nativeUpdate("UPDATE declaration_version SET content = '{}'"
                + " WHERE declaration_id = " + id));
        assertThrows(Exception.class, () -> database.nativeUpdate("DELETE FROM declaration_version WHERE declaration_id = " + id));
        assertEquals(before.getContent(), version(id, 1).getContent());
    }

    @Test
    void lateIsComputedFromTheCurrentDeadlineSoAnExtensionClearsItOnEverySurface() throws Exception {
        // a sports federation's official, in office since January of a year whose initial declarations no earlier
        // run has extended (an obligation made after an extension starts at the extended deadline)
        int year = IntStream.rangeClosed(2015, 2024).filter(y -> database.count("select count(e) from DeadlineExtension e"
                + " where e.category = ?1 and e.periodYear = ?2", ObligedCategory.SPORT, y) == 0).max().orElseThrow();
        Person person = newOfficial(ObligedCategory.SPORT, LocalDate.of(year, 1, 15));
        long id = open(person, ObligationKind.INITIAL, year);
        DraftView saved = official.call(() -> declarations.saveDraft(id, revision(id), validContent()));
        Finding deadlinePassed = saved.findings().stream().filter(f -> f.code().equals("ASSET-029")).findFirst().orElseThrow();
        assertFalse(deadlinePassed.isError());
        long lateOnHomePage = directory.figures().lateThisYear();
        long lateOnDashboard = auditor.call(() -> oversight.flagsByCode()).getOrDefault("LATE_FILING", 0L);

        official.call(() -> declarations.submit(id, saved.revision(), key(),
                Map.of(deadlinePassed.location(), "Ήμουν στο εξωτερικό.")));

        // late on the filer's pages, the home page's figure, the auditors' dashboard, queue and score
        assertTrue(official.call(() -> declarations.version(id, 1)).late());
        assertTrue(official.call(() -> declarations.mine()).stream().filter(d -> d.id() == id).findFirst()
                .map(DeclarationSummary::late).orElseThrow());
        assertEquals(lateOnHomePage + 1, directory.figures().lateThisYear());
        assertEquals(lateOnDashboard + 1, auditor.call(() -> oversight.flagsByCode()).get("LATE_FILING"));
        assertTrue(lateInQueue(id, year), "in the queue's late filings");
        int lateScore = auditor.call(() -> reviews.review(id)).getRiskScore();
        assertTrue(lateScore > 0, "the late filing counts in the risk score");

        admin.run(() -> obligations.extend(DeclarationType.ASSET, ObligationKind.INITIAL, year, ObligedCategory.SPORT,
                LocalDate.now().plusDays(60), "Παράταση για τις αθλητικές ομοσπονδίες"));

        // on time everywhere (others of the category may have become on time too: at least this one less)
        assertFalse(official.call(() -> declarations.version(id, 1)).late());
        assertFalse(official.call(() -> declarations.history(id)).get(0).late());
        assertFalse(official.call(() -> declarations.mine()).stream().filter(d -> d.id() == id).findFirst()
                .map(DeclarationSummary::late).orElseThrow());
        assertTrue(directory.figures().lateThisYear() <= lateOnHomePage, "the home page counts it on time");
        assertTrue(auditor.call(() -> oversight.flagsByCode()).getOrDefault("LATE_FILING", 0L) <= lateOnDashboard,
                "the dashboard counts it on time");
        assertFalse(lateInQueue(id, year), "no longer among the queue's late filings");
        assertTrue(auditor.call(() -> reviews.flagsOf(id)).stream().noneMatch(f -> f.code().equals("LATE_FILING")));
        assertTrue(auditor.call(() -> reviews.review(id)).getRiskScore() < lateScore, "the score without it");
    }

    /** Whether the review queue lists the declaration among late filings (filtered to its official's institution). */
    private boolean lateInQueue(long declarationId, int year) throws Exception {
        Long institution = database.list("select m.position.institution.id from Mandate m, Declaration d"
                + " where d.id = ?1 and m.person = d.person", Long.class, declarationId).get(0);
        return auditor.call(() -> reviews.queue(new ReviewFilter(null, institution, DeclarationType.ASSET, year,
                "LATE_FILING"), PageRequest.of(0, PageRequest.MAX_SIZE)).items()).stream()
                .anyMatch(row -> row.declarationId() == declarationId);
    }

    @Test
    void aWarningMustBeConfirmedBeforeSubmission() throws Exception {
        long id = openAnnual(newOfficial(ObligedCategory.POLITICAL), 2026);
        DeclarationContent withCash = validContent();
        withCash.items(AssetSchema.DEPOSITS).add(new DeclarationContent.Item().set("kind", "CASH").set("amount", "20000")
                .set("currency", "EUR").set("share", "100").set("owner", "DECLARANT"));
        DraftView saved = official.call(() -> declarations.saveDraft(id, revision(id), withCash));
        Finding cash = saved.findings().stream().filter(f -> f.code().equals("ASSET-024")).findFirst().orElseThrow();

        assertInstanceOf(SubmissionRefusedException.class, unwrap(assertThrows(Exception.class,
                () -> official.call(() -> declarations.submit(id, saved.revision(), key(), Map.of())))));
        VersionView version = official.call(() -> declarations.submit(id, saved.revision(), key(),
                Map.of(cash.location(), "Πώληση αγροτεμαχίου τον Δεκέμβριο.")));

        assertEquals("Πώληση αγροτεμαχίου τον Δεκέμβριο.", version.confirmations().get(cash.location()));
    }

    @Test
    void aNewDeclarationIsPrefilledFromThePreviousOneSubmitted() throws Exception {
        Person person = newOfficial(ObligedCategory.POLITICAL, LocalDate.of(2025, 2, 1));
        long first = open(person, ObligationKind.ANNUAL, 2025);
        DraftView saved = official.call(() -> declarations.saveDraft(first, revision(first), validContent()));
        Map<String, String> confirmations = saved.findings().stream()
                .collect(Collectors.toMap(Finding::location, f -> ""));
        official.call(() -> declarations.submit(first, saved.revision(), key(), confirmations));

        long next = open(person, ObligationKind.ANNUAL, 2026);
        DeclarationContent prefilled = official.call(() -> declarations.draft(next)).content();

        assertEquals("Τράπεζα Πειραιώς", prefilled.items(AssetSchema.DEPOSITS).get(0).get("institution"));
        // the year's income is not carried over: it is next year's to declare
        assertTrue(prefilled.items(AssetSchema.INCOME).isEmpty());
    }

    @Test
    void anOfficialCanNeitherReadNorChangeAnotherOfficialsDeclaration() throws Exception {
        long id = openAnnual(newOfficial(ObligedCategory.POLITICAL), 2026);
        int revision = official.call(() -> declarations.saveDraft(id, revision(id), validContent())).revision();
        official.call(() -> declarations.submit(id, revision, key(), Map.of()));
        admin.run(() -> fixtures.freshOfficial(AsOfficialB.USERNAME, LocalDate.of(2024, 3, 1), ObligedCategory.POLITICAL));
        long refusalsBefore = database.count("select count(a) from AuditEntry a where a.action = ?1",
                AuditAction.ACCESS_REFUSED);

        List<Callable<?>> attempts = List.of(
                () -> declarations.draft(id),
                () -> declarations.saveDraft(id, 1, new DeclarationContent()),
                () -> declarations.submit(id, revision, key(), Map.of()),
                () -> declarations.amend(id, "Θέλω να αλλάξω τη δήλωση άλλου."),
                () -> declarations.version(id, 1),
                () -> declarations.history(id),
                () -> declarations.compare(id, 1, 1));
        for (Callable<?> attempt : attempts) {
            assertInstanceOf(AccessRefusedException.class, unwrap(assertThrows(Exception.class,
                    () -> otherOfficial.call(attempt))));
        }
        assertEquals(1, versions(id));
        assertFalse(official.call(() -> declarations.hasDraft(id)));
        assertEquals(refusalsBefore + attempts.size(), database.count(
                "select count(a) from AuditEntry a where a.action = ?1", AuditAction.ACCESS_REFUSED));
    }

    /** A valid declaration: one deposit and one salary, nothing any rule objects to. */
    static DeclarationContent validContent() {
        DeclarationContent content = new DeclarationContent();
        content.items(AssetSchema.DEPOSITS).add(new DeclarationContent.Item().set("kind", "DEPOSIT")
                .set("institution", "Τράπεζα Πειραιώς").set("accountNumber", "GR1601101250000000012300695")
                .set("amount", "12.500,50").set("currency", "EUR").set("share", "100").set("owner", "DECLARANT"));
        content.items(AssetSchema.INCOME).add(new DeclarationContent.Item().set("source", "SALARY")
                .set("payer", "Υπουργείο Δοκιμών").set("amount", "41000").set("currency", "EUR").set("owner", "DECLARANT"));
        return content;
    }

    private Person newOfficial(ObligedCategory category) throws Exception {
        return newOfficial(category, LocalDate.of(2024, 1, 15));
    }

    private Person newOfficial(ObligedCategory category, LocalDate tookOffice) throws Exception {
        return admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, tookOffice, category));
    }

    private long openAnnual(Person person, int year) throws Exception {
        return open(person, ObligationKind.ANNUAL, year);
    }

    private long open(Person person, ObligationKind kind, int year) throws Exception {
        Long obligation = database.list("select o.id from Obligation o where o.person.id = ?1 and o.kind = ?2"
                        + " and o.periodYear = ?3 and o.declarationType = ?4", Long.class, person.getId(), kind, year,
                DeclarationType.ASSET).get(0);
        return official.call(() -> declarations.open(obligation));
    }

    /** The draft's revision as a page that opened it now would hold it. */
    private int revision(long declarationId) throws Exception {
        return official.call(() -> declarations.draft(declarationId)).revision();
    }

    private long versions(long declarationId) {
        return database.count("select count(v) from DeclarationVersion v where v.declaration.id = ?1", declarationId);
    }

    private DeclarationVersion version(long declarationId, int versionNo) {
        return database.list("select v from DeclarationVersion v where v.declaration.id = ?1 and v.versionNo = ?2",
                DeclarationVersion.class, declarationId, versionNo).get(0);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException || t.getClass() == Exception.class) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
