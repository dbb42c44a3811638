package gr.integrity.register.it;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditLine;
import gr.integrity.register.audit.AuditQuery;
import gr.integrity.register.audit.AuditSearch;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.it.support.As;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsAuditor;
import gr.integrity.register.it.support.AsAuditorB;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.it.support.Thrown;
import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.organisation.OrganisationPeople;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.review.DeadlineReminders;
import gr.integrity.register.review.FlagView;
import gr.integrity.register.review.FlagWeights;
import gr.integrity.register.review.MissingFilings;
import gr.integrity.register.review.QueueRow;
import gr.integrity.register.review.RedFlag;
import gr.integrity.register.review.ReviewFilter;
import gr.integrity.register.review.ReviewService;
import gr.integrity.register.review.ReviewState;
import gr.integrity.register.security.Role;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The auditors' review against MariaDB: a submitted filing enters the queue with its red flags explained and its
 * risk score; an auditor takes it, asks a clarification that the official sees and answers by amending, and
 * accepts it; moves out of order, past due dates and weights out of range are refused with nothing changed;
 * officials are refused the review services (and the refusal recorded); weights rescore; reminders go out once;
 * missing filings flag their official. Every action is in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewWorkflowIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Athens"));

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsAuditor auditor;

    @EJB
    private AsAuditorB auditorB;

    @EJB
    private AsOfficialA official;

    @EJB
    private Fixtures fixtures;

    @EJB
    private TestDatabase database;

    @EJB
    private DeclarationService declarations;

    @EJB
    private ReviewService reviews;

    @EJB
    private FlagWeights weights;

    @EJB
    private OrganisationPeople people;

    @EJB
    private DeadlineReminders reminders;

    @EJB
    private MissingFilings missingFilings;

    @EJB
    private AuditSearch audit;

    @EJB
    private gr.integrity.register.declaration.AttachedDocuments documents;

    @EJB
    private gr.integrity.register.pdf.DeclarationDocuments pdfs;

    @BeforeEach
    void accounts() throws Exception {
        admin.run(() -> fixtures.staffAccount(AsAuditor.USERNAME, Role.AUDITOR));
    }

    @Test
    void aFlaggedFilingIsReviewedThroughAClarificationAnsweredByAmending() throws Exception {
        Person person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Σύμβουλοι Περιόδου Αναμονής");
        long organisation = admin.call(() -> fixtures.organisation(name));
        admin.call(() -> people.addLobbyist(organisation, "Πρώην Υφυπουργός", "Υφυπουργός Οικονομικών",
                TODAY.minusMonths(3)));

        // declared 20 days after the meeting (late), with a lobbyist still in the cooling-off period
        long id = submitMeeting(official, TODAY.minusDays(20), name);
        assertEquals(ReviewState.AWAITING_REVIEW, auditor.call(() -> reviews.review(id)).getState());
        List<FlagView> flags = auditor.call(() -> reviews.flagsOf(id));
        assertEquals(List.of("LOBBYIST_COOLING_OFF", "LATE_FILING"), flags.stream().map(FlagView::code).toList());
        assertEquals(name, flags.get(0).arguments().get(0), "the explanation names the organisation");
        assertTrue(flags.get(0).arguments().get(1).startsWith("Πρώην Υφυπουργός, Υφυπουργός Οικονομικών"));
        int score = flags.stream().mapToInt(FlagView::weight).sum();
        assertEquals(score, auditor.call(() -> reviews.review(id)).getRiskScore());

        List<QueueRow> queue = auditor.call(() -> reviews.queue(new ReviewFilter(ReviewState.AWAITING_REVIEW, null,
                DeclarationType.MEETING, null, "LOBBYIST_COOLING_OFF"), PageRequest.of(0, 200))).items();
        assertTrue(queue.stream().anyMatch(r -> r.declarationId() == id && r.personId() == person.getId()));
        assertTrue(auditor.call(() -> reviews.queue(new ReviewFilter(null, null, DeclarationType.ASSET, null, null),
                PageRequest.of(0, 200))).items().stream().noneMatch(r -> r.declarationId() == id));
        for (int i = 1; i < queue.size(); i++) {
            assertTrue(queue.get(i - 1).riskScore() >= queue.get(i).riskScore(), "highest risk first");
        }

        // out of order: nothing changes
        assertEquals("review.transitionRefused", Thrown.messageKey(() -> auditor.call(() -> reviews.accept(id, seen(id)))));
        assertEquals(ReviewState.AWAITING_REVIEW, auditor.call(() -> reviews.review(id)).getState());

        auditor.call(() -> reviews.assign(id, null));
        assertEquals(AsAuditor.USERNAME, auditor.call(() -> reviews.review(id)).getAssignedTo());
        assertEquals("review.dueDatePast", Thrown.messageKey(() -> auditor.call(() -> reviews.requestClarification(id, seen(id),
                "Πότε έληξε η θητεία του εκπροσώπου;", TODAY))));
        assertEquals(ReviewState.IN_REVIEW, auditor.call(() -> reviews.review(id)).getState());

        long mailsBefore = mailsTo(AsOfficialA.USERNAME);
        auditor.call(() -> reviews.requestClarification(id, seen(id), "Ποιο ήταν το θέμα της συνάντησης με τον πρώην υφυπουργό;",
                TODAY.plusDays(10)));
        assertEquals(ReviewState.CLARIFICATION_REQUESTED, auditor.call(() -> reviews.review(id)).getState());
        assertEquals(mailsBefore + 1, mailsTo(AsOfficialA.USERNAME), "the official gets a mail");
        assertTrue(official.call(() -> reviews.myOpenClarifications()).stream()
                .anyMatch(c -> c.getDeclarationId() == id && c.getDueDate().equals(TODAY.plusDays(10))));
        auditor.call(() -> reviews.addNote(id, "Να ελεγχθεί η ημερομηνία λήξης της θητείας."));

        // the official answers by amending: back in review, the clarification answered by version 2
        DraftView amendment = official.call(() -> declarations.amend(id, "Απάντηση στις διευκρινίσεις του ελεγκτή."));
        DeclarationContent content = amendment.content();
        content.getHeader().put("outcome", "Ενημέρωση για τη διαδικασία αδειοδότησης.");
        submit(official, id, official.call(() -> declarations.saveDraft(id, amendment.revision(), content)));
        assertEquals(ReviewState.IN_REVIEW, auditor.call(() -> reviews.review(id)).getState());
        assertEquals(2, auditor.call(() -> reviews.clarifications(id)).get(0).getAnsweredVersionNo());
        assertTrue(official.call(() -> reviews.myOpenClarifications()).stream().noneMatch(c -> c.getDeclarationId() == id));

        auditor.call(() -> reviews.accept(id, seen(id)));
        assertEquals(ReviewState.ACCEPTED, auditor.call(() -> reviews.review(id)).getState());
        assertEquals("review.transitionRefused", Thrown.messageKey(() -> auditor.call(() -> reviews.refer(id, seen(id)))));

        // all of it is in the audit trail
        Map<AuditAction, Long> trail = database.list("select a.action from AuditEntry a where a.objectType = ?1"
                        + " and a.objectId = ?2", AuditAction.class, "Declaration", String.valueOf(id)).stream()
                .collect(Collectors.groupingBy(a -> a, Collectors.counting()));
        assertEquals(1, trail.get(AuditAction.REVIEW_ASSIGNED));
        assertEquals(1, trail.get(AuditAction.CLARIFICATION_REQUESTED));
        assertEquals(1, trail.get(AuditAction.REVIEW_NOTE_ADDED));
        assertEquals(2, trail.get(AuditAction.REVIEW_STATE_CHANGED), "answered by amending; accepted");
        assertEquals(1, trail.get(AuditAction.DECLARATION_AMENDED));
    }

    @Test
    void officialsAreRefusedReviewServicesAndAuditorsCannotChangeAFiling() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Οργανισμός Ελέγχου Πρόσβασης");
        admin.call(() -> fixtures.organisation(name));
        long id = submitMeeting(official, TODAY.minusDays(2), name);
        long refusedBefore = database.count("select count(a) from AuditEntry a where a.action = ?1 and a.objectType = ?2",
                AuditAction.ACCESS_REFUSED, "Review");

        assertRefused(() -> official.call(() -> reviews.queue(ReviewFilter.any(), PageRequest.of(0, 10))));
        assertRefused(() -> official.call(() -> reviews.notes(id)));
        int seen = seen(id);
        assertRefused(() -> official.call(() -> reviews.accept(id, seen)));
        assertEquals(refusedBefore + 3, database.count("select count(a) from AuditEntry a where a.action = ?1"
                + " and a.objectType = ?2", AuditAction.ACCESS_REFUSED, "Review"), "each attempt is recorded");
        assertEquals(ReviewState.AWAITING_REVIEW, auditor.call(() -> reviews.review(id)).getState());

        assertInstanceOf(EJBAccessException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> official.call(() -> weights.change("LATE_FILING", 50)))));
        // a filing is assigned to an auditor only
        assertEquals("review.notAnAuditor", Thrown.messageKey(() -> auditor.call(() -> reviews.assign(id,
                AsOfficialA.USERNAME))));
        assertTrue(auditor.call(() -> reviews.auditors()).contains(AsAuditor.USERNAME));
        assertEquals(ReviewState.AWAITING_REVIEW, auditor.call(() -> reviews.review(id)).getState());
        assertInstanceOf(EJBAccessException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> auditor.call(() -> declarations.amend(id, "Ένας ελεγκτής δεν τροποποιεί δηλώσεις.")))));
    }

    @Test
    void anAuditorWhoIsAlsoTheFilerCannotReviewTheirOwnFiling() throws Exception {
        Person person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Οργανισμός Αυτοελέγχου");
        admin.call(() -> fixtures.organisation(name));
        long id = submitMeeting(official, TODAY.minusDays(2), name);
        admin.run(() -> fixtures.staffAccount(AsAuditorB.USERNAME, Role.AUDITOR));
        admin.run(() -> fixtures.linkPerson(AsAuditorB.USERNAME, person.getId()));
        try {
            long refusedBefore = database.count("select count(a) from AuditEntry a where a.action = ?1"
                    + " and a.objectType = ?2 and a.objectId = ?3", AuditAction.ACCESS_REFUSED, "Review", String.valueOf(id));
            assertRefused(() -> auditorB.call(() -> reviews.review(id)));
            int seen = seen(id);
            assertRefused(() -> auditorB.call(() -> reviews.accept(id, seen)));
            assertEquals(refusedBefore + 2, database.count("select count(a) from AuditEntry a where a.action = ?1"
                    + " and a.objectType = ?2 and a.objectId = ?3", AuditAction.ACCESS_REFUSED, "Review", String.valueOf(id)));
            assertEquals("review.ownFiling", Thrown.messageKey(() -> auditor.call(() -> reviews.assign(id,
                    AsAuditorB.USERNAME))), "nor is it assigned to them");
            // another auditor reviews it as any other
            assertEquals(AsAuditor.USERNAME, auditor.call(() -> reviews.assign(id, null)).getAssignedTo());
        } finally {
            admin.run(() -> fixtures.linkPerson(AsAuditorB.USERNAME, null));
        }
    }

    @Test
    void anAdministratorReadsTheAuditTrailWithoutAFilingsContentHashOrItsFilersWords() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Οργανισμός Ίχνους");
        admin.call(() -> fixtures.organisation(name));
        long id = submitMeeting(official, TODAY.minusDays(2), name);
        String reason = "Διόρθωση: η συνάντηση έγινε με τον σύζυγό μου παρόντα " + Fixtures.unique("λόγος");
        official.call(() -> declarations.amend(id, reason));
        AuditQuery ofTheFiling = new AuditQuery(null, null, "Declaration", Long.toString(id), null, null);

        List<AuditLine> asAdmin = admin.call(() -> audit.search(ofTheFiling, PageRequest.of(0, 20))).items();
        List<AuditLine> asAuditor = auditor.call(() -> audit.search(ofTheFiling, PageRequest.of(0, 20))).items();

        String contentHash = database.list("select v.contentHash from DeclarationVersion v where v.declaration.id = ?1",
                String.class, id).get(0);
        assertTrue(asAuditor.stream().anyMatch(l -> l.getDetails() != null && l.getDetails().contains(contentHash)));
        assertTrue(asAuditor.stream().anyMatch(l -> reason.equals(l.getDetails())), "the auditor reads the reason");
        assertEquals(asAuditor.size(), asAdmin.size(), "the ADMIN sees every entry ...");
        assertTrue(asAdmin.stream().noneMatch(l -> l.getDetails() != null
                && (l.getDetails().contains(contentHash) || l.getDetails().contains(reason))), "... but not these details");
        assertTrue(asAdmin.stream().filter(l -> l.getAction() == AuditAction.DECLARATION_AMENDMENT_STARTED)
                .allMatch(AuditLine::isDetailsWithheld), "and is told they are withheld");
    }

    @Test
    void everyReadOfAnotherFilersFullContentIsInTheAuditTrailWithWhereItWasRead() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Σύνδεσμος Αναγνώσεων");
        admin.call(() -> fixtures.organisation(name));
        long id = submitMeeting(official, TODAY.minusDays(2), name);
        DraftView amendment = official.call(() -> declarations.amend(id, "Προσθήκη του υπομνήματος."));
        String sha = official.call(() -> documents.attach(id, "Υπόμνημα.pdf", onePagePdf()));
        DeclarationContent content = amendment.content();
        content.getHeader().put("outcome", "Κατατέθηκε υπόμνημα.");
        submit(official, id, official.call(() -> declarations.saveDraft(id, amendment.revision(), content)));
        String reads = "select e.details from AuditEntry e where e.objectType = 'Declaration' and e.objectId = ?1"
                + " and e.action in ?2 order by e.id";
        List<AuditAction> readActions = List.of(AuditAction.UNREDACTED_VIEW, AuditAction.DOCUMENT_READ);

        // the filer reading their own filing everywhere leaves no read in the trail
        official.call(() -> declarations.version(id, 2));
        official.call(() -> declarations.compare(id, 1, 2));
        official.call(() -> pdfs.fullCopy(id, 2, java.util.Locale.forLanguageTag("el")));
        official.call(() -> documents.filedFile(id, sha));
        assertEquals(List.of(), database.list(reads, String.class, String.valueOf(id), readActions));

        // an auditor's every read is an entry, saying where: the version's page, a comparison, the filed PDF, a document
        auditor.call(() -> declarations.version(id, 2));
        auditor.call(() -> declarations.compare(id, 1, 2));
        auditor.call(() -> pdfs.fullCopy(id, 1, java.util.Locale.forLanguageTag("el")));
        auditor.call(() -> documents.filedFile(id, sha));
        assertEquals(List.of("version 2", "versions 1 and 2 compared", "version 1, filed PDF", "document " + sha),
                database.list(reads, String.class, String.valueOf(id), readActions));
        assertEquals(4, database.count("select count(e) from AuditEntry e where e.objectId = ?1 and e.action in ?2"
                + " and e.actor = ?3", String.valueOf(id), readActions, AsAuditor.USERNAME), "each names the auditor");
    }

    private static byte[] onePagePdf() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTaxNumberTypedIntoAPublicFieldIsWarnedThenFlaggedForTheAuditor() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Εταιρεία Οφειλών");
        admin.call(() -> fixtures.organisation(name));
        long id = official.call(() -> declarations.declare(DeclarationType.MEETING));
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("date", TODAY.minusDays(2).toString());
        content.getHeader().put("format", "IN_PERSON");
        content.getHeader().put("subject", "Ρύθμιση οφειλών της εταιρείας με ΑΦΜ 123456783");
        content.items(MeetingSchema.ORGANISATIONS).add(new DeclarationContent.Item().set("organisation", name));
        DraftView draft = official.call(() -> declarations.draft(id));
        DraftView saved = official.call(() -> declarations.saveDraft(id, draft.revision(), content));

        assertTrue(saved.findings().stream().anyMatch(f -> f.code().equals("MEETING-051") && !f.isError()
                && "subject".equals(f.field())), "the filer is warned on the field: " + saved.findings());
        submit(official, id, saved);

        assertTrue(auditor.call(() -> reviews.flagsOf(id)).stream().anyMatch(f -> f.code().equals("PRIVATE_LOOKING_TEXT")),
                "the auditor sees it flagged before the public reads it");
        assertEquals(List.of("red-flag explanations, version 1"), database.list("select e.details from AuditEntry e"
                        + " where e.objectType = 'Declaration' and e.objectId = ?1 and e.action = ?2 and e.actor = ?3",
                String.class, String.valueOf(id), AuditAction.UNREDACTED_VIEW, AsAuditor.USERNAME),
                "the explanations quote what was typed: showing them is a read in the audit trail");
    }

    @Test
    void aWeightChangeRescoresEveryFilingAndAWeightOutOfRangeIsRefused() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
        String name = Fixtures.uniqueName("Οργανισμός Βαρών");
        admin.call(() -> fixtures.organisation(name));
        long id = submitMeeting(official, TODAY.minusDays(30), name);
        int before = auditor.call(() -> reviews.review(id)).getRiskScore();
        int lateWeight = weightOf("LATE_FILING");
        try {
            admin.call(() -> weights.change("LATE_FILING", lateWeight + 7));
            assertEquals(before + 7, auditor.call(() -> reviews.review(id)).getRiskScore());
            assertEquals("flag.weightRange", Thrown.messageKey(() -> admin.call(() -> weights.change("LATE_FILING", 101))));
            assertEquals("flag.weightRange", Thrown.messageKey(() -> admin.call(() -> weights.change("LATE_FILING", -1))));
            assertEquals(lateWeight + 7, weightOf("LATE_FILING"), "nothing changed");
        } finally {
            admin.call(() -> weights.change("LATE_FILING", lateWeight));
        }
        assertEquals(before, auditor.call(() -> reviews.review(id)).getRiskScore());
    }

    @Test
    void remindersGoOutOnceBeforeTheDeadlineAndAMissingFilingFlagsItsOfficial() throws Exception {
        Person person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, TODAY.minusDays(10),
                ObligedCategory.POLITICAL));
        Obligation initial = database.list("select o from Obligation o where o.person.id = ?1 order by o.deadline",
                Obligation.class, person.getId()).get(0);
        LocalDate day = initial.getDeadline().minusDays(3);
        // the asset and interest declarations of taking office fall due together: one reminder each
        long due = database.count("select count(o) from Obligation o where o.person.id = ?1 and o.deadline = ?2",
                person.getId(), initial.getDeadline());

        long mailsBefore = mailsTo(AsOfficialA.USERNAME);
        assertTrue(admin.call(() -> reminders.send(day)) >= due);
        assertEquals(mailsBefore + due, mailsTo(AsOfficialA.USERNAME), "the week-before reminders");
        admin.call(() -> reminders.send(day));
        assertEquals(mailsBefore + due, mailsTo(AsOfficialA.USERNAME), "sent once");
        admin.call(() -> reminders.send(initial.getDeadline().minusDays(1)));
        assertEquals(mailsBefore + 2 * due, mailsTo(AsOfficialA.USERNAME), "and the day before");
        assertEquals(2, database.count("select count(a) from AuditEntry a where a.action = ?1 and a.objectId = ?2",
                AuditAction.REMINDER_SENT, String.valueOf(initial.getId())));

        admin.call(() -> missingFilings.flagOverdue(initial.getDeadline().plusDays(1)));
        List<RedFlag> missing = database.list("select f from RedFlag f where f.obligationId = ?1 and f.code = ?2",
                RedFlag.class, initial.getId(), "MISSING_FILING");
        assertEquals(1, missing.size());
        assertEquals(person.getId(), missing.get(0).getPersonId());
        assertEquals(List.of(initial.getDeclarationType().name(), String.valueOf(initial.getPeriodYear()),
                initial.getDeadline().toString()), missing.get(0).argumentList());
        admin.call(() -> missingFilings.flagOverdue(initial.getDeadline().plusDays(2)));
        assertEquals(1, database.count("select count(f) from RedFlag f where f.obligationId = ?1", initial.getId()),
                "flagged once");
        assertFalse(auditor.call(() -> missingFilings.list(null, PageRequest.of(0, 200))).items().stream()
                .anyMatch(m -> m.obligationId() == initial.getId()), "not yet past its real deadline");
    }

    private int weightOf(String code) throws Exception {
        return admin.call(() -> weights.all()).stream().filter(w -> w.getCode().equals(code)).findFirst().orElseThrow()
                .getWeight();
    }

    private long mailsTo(String username) {
        return database.count("select count(m) from OutboxMessage m where m.recipient = ?1", username + "@it.example.gr");
    }

    private long submitMeeting(As as, LocalDate day, String organisation) throws Exception {
        long id = as.call(() -> declarations.declare(DeclarationType.MEETING));
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("date", day.toString());
        content.getHeader().put("format", "IN_PERSON");
        content.getHeader().put("subject", "Αδειοδότηση σταθμών αποθήκευσης ενέργειας");
        content.items(MeetingSchema.ORGANISATIONS).add(new DeclarationContent.Item().set("organisation", organisation));
        DraftView draft = as.call(() -> declarations.draft(id));
        submit(as, id, as.call(() -> declarations.saveDraft(id, draft.revision(), content)));
        return id;
    }

    private void submit(As as, long id, DraftView saved) throws Exception {
        assertTrue(saved.findings().stream().noneMatch(Finding::isError), saved.findings().toString());
        Map<String, String> confirmations = saved.findings().stream().collect(Collectors.toMap(Finding::location, f -> ""));
        as.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(), confirmations));
    }


    /** The review's version as the auditor's page would hold it, opened now. */
    private int seen(long id) throws Exception {
        return auditor.call(() -> reviews.review(id)).getVersion();
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        assertInstanceOf(AccessRefusedException.class, Thrown.unwrap(assertThrows(Exception.class, call)));
    }

}
