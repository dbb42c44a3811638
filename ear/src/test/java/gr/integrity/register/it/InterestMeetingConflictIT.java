package gr.integrity.register.it;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationContent.Item;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportRunner;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.interest.InterestSchema;
import gr.integrity.register.it.support.As;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsAuditor;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.organisation.OrganisationForm;
import gr.integrity.register.organisation.OrganisationService;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.review.FlagView;
import gr.integrity.register.review.ReviewService;
import gr.integrity.register.review.ReviewState;
import gr.integrity.register.security.Role;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conflict between a declared interest and a meeting, checked over the register's data in MariaDB whichever
 * comes first: a declaration of interests is flagged for a meeting the Commission's export recorded before it; an
 * accepted one goes back to the auditors when a later import records a meeting with an organisation it names; a
 * meeting declared afterwards is flagged on both filings; importing the same file again raises nothing twice.
 * Organisations named in the declaration's header count as much as those in its sections.
 */
@ExtendWith(ArquillianExtension.class)
class InterestMeetingConflictIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Athens"));
    private static final String CONFLICT = "INTEREST_MET_ORGANISATION";
    /** The columns of the Commission's meetings export, as the shipped file has them. */
    private static final String EXPORT_HEADER = "Name of cabinet,Name of EC representative,Title of EC representative,"
            + "Portfolio,Date of meeting,Location,Name of interest representative,Transparency register ID,"
            + "Subject of the meeting\n";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsAuditor auditor;

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
    private OrganisationService organisations;

    @EJB
    private ImportService imports;

    @EJB
    private ImportRunner runner;

    @BeforeEach
    void accounts() throws Exception {
        admin.run(() -> fixtures.staffAccount(AsAuditor.USERNAME, Role.AUDITOR));
    }

    @Test
    void anInterestInAnOrganisationTheOfficialMetIsFlaggedWhicheverIsRecordedFirst() throws Exception {
        String representative = "Δοκιμαστής " + Fixtures.uniqueName("Επιτρόπου");
        String metFirst = Fixtures.uniqueName("Ένωση Παραγωγών Ενέργειας");
        String metLater = Fixtures.uniqueName("Σύνδεσμος Διαχειριστών Δικτύων");
        String firstId = transparencyId();
        String laterId = transparencyId();
        OrganisationForm later = new OrganisationForm();
        later.setNameEl(metLater);
        later.setEuTransparencyId(laterId);
        long laterOrganisation = admin.call(() -> organisations.create(later)).getId();

        // the Commission's export records the official meeting an organisation; they then become an obliged official
        importMeetings(row(representative, metFirst, firstId, "2025-03-04"));
        Person person = database.list("select p from Person p where p.familyName = ?1", Person.class,
                representative.substring(representative.indexOf(' ') + 1)).get(0);
        admin.run(() -> {
            fixtures.officialAccount(AsOfficialA.USERNAME);
            fixtures.mandate(person, fixtures.position(fixtures.institution(Fixtures.unique("Φορέας Δοκιμών")),
                    "Υπεύθυνος δοκιμών", ObligedCategory.POLITICAL), LocalDate.of(2024, 1, 15), null);
            fixtures.linkPerson(AsOfficialA.USERNAME, person.getId());
        });

        // a declaration of interests names the first organisation in a header field (the spouse's employer) and the
        // second in a section: the meeting imported before it is flagged at once, on the field that names it
        long interests = openInterests(person);
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("spouseEmployer", metFirst);
        content.items(InterestSchema.BOARDS).add(new Item().set("organisation", metLater).set("boardRole", "ADVISORY")
                .set("paid", "UNPAID").set("currency", "EUR").set("from", "2024-02-01"));
        submit(interests, content);
        List<FlagView> flags = conflicts(interests);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(List.of(metFirst, "2025-03-04"), flags.get(0).arguments());
        assertEquals("header", flags.get(0).section());

        // accepted; then the next export records a meeting with the board's organisation: flagged, and back in review
        auditor.call(() -> reviews.assign(interests, null));
        auditor.call(() -> reviews.accept(interests, auditor.call(() -> reviews.review(interests)).getVersion()));
        long changesBefore = stateChanges(interests);
        String laterRow = row(representative, metLater, laterId, "2026-02-10");
        importMeetings(laterRow);
        flags = conflicts(interests);
        assertEquals(2, flags.size(), flags.toString());
        FlagView board = flags.stream().filter(f -> f.arguments().get(0).equals(metLater)).findFirst().orElseThrow();
        assertEquals(List.of(metLater, "2026-02-10"), board.arguments());
        assertEquals(InterestSchema.BOARDS, board.section());
        var review = auditor.call(() -> reviews.review(interests));
        assertEquals(ReviewState.AWAITING_REVIEW, review.getState(), "a new conflict puts an accepted filing back");
        assertEquals(auditor.call(() -> reviews.flagsOf(interests)).stream().mapToInt(FlagView::weight).sum(),
                review.getRiskScore());
        assertEquals(changesBefore + 1, stateChanges(interests), "the move is in the audit trail");
        assertTrue(database.count("select count(m) from Meeting m join m.organisations o where o.organisationId = ?1",
                laterOrganisation) >= 1, "the import found the organisation by its Transparency Register ID");

        // the official declares a meeting with the first organisation: the meeting is flagged against the interest
        // its header names, and the declaration of interests gains the meeting
        long meeting = official.call(() -> declarations.declare(DeclarationType.MEETING));
        DeclarationContent met = new DeclarationContent();
        met.getHeader().put("date", TODAY.minusDays(2).toString());
        met.getHeader().put("format", "IN_PERSON");
        met.getHeader().put("subject", "Άδειες αποθήκευσης ενέργειας σε νησιά");
        met.items(MeetingSchema.ORGANISATIONS).add(new Item().set("organisation", metFirst));
        submit(meeting, met);
        assertEquals(List.of(metFirst), auditor.call(() -> reviews.flagsOf(meeting)).stream()
                .filter(f -> f.code().equals("MEETING_WITH_INTEREST")).map(f -> f.arguments().get(0)).toList());
        assertEquals(3, conflicts(interests).size());

        // the same export imported again records nothing new, and raises nothing twice
        importMeetings(laterRow);
        assertEquals(3, conflicts(interests).size());
    }

    private List<FlagView> conflicts(long declarationId) throws Exception {
        return auditor.call(() -> reviews.flagsOf(declarationId)).stream().filter(f -> f.code().equals(CONFLICT))
                .collect(Collectors.toList());
    }

    private long stateChanges(long declarationId) {
        return database.count("select count(a) from AuditEntry a where a.action = ?1 and a.objectId = ?2",
                AuditAction.REVIEW_STATE_CHANGED, String.valueOf(declarationId));
    }

    private long openInterests(Person person) throws Exception {
        Long obligation = database.list("select o.id from Obligation o where o.person.id = ?1 and o.kind = ?2"
                        + " and o.declarationType = ?3 order by o.periodYear desc", Long.class, person.getId(),
                ObligationKind.ANNUAL, DeclarationType.INTEREST).get(0);
        return official.call(() -> declarations.open(obligation));
    }

    /** Saves and submits as the review page does: every warning confirmed, no error left. */
    private void submit(long id, DeclarationContent content) throws Exception {
        As as = official;
        DraftView draft = as.call(() -> declarations.draft(id));
        DraftView saved = as.call(() -> declarations.saveDraft(id, draft.revision(), content));
        assertTrue(saved.findings().stream().noneMatch(Finding::isError), saved.findings().toString());
        Map<String, String> confirmations = saved.findings().stream()
                .collect(Collectors.toMap(Finding::location, f -> "", (a, b) -> a));
        as.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(), confirmations));
    }

    /** Imports rows of the Commission's export as an ADMIN does, to the end. */
    private void importMeetings(String rows) throws Exception {
        byte[] csv = (EXPORT_HEADER + rows).getBytes(StandardCharsets.UTF_8);
        ImportBatch batch = admin.call(() -> imports.prepare("meetings.csv", csv, List.of(ImportKind.EC_MEETINGS)));
        admin.runWithoutTransaction(() -> runner.runToEnd(batch.getId()));
        assertTrue(admin.call(() -> imports.batch(batch.getId())).isDone(), "the import did not finish");
    }

    private static String row(String representative, String organisation, String transparencyId, String date) {
        return "Cabinet of Commissioner for Energy Tests," + representative + ",Member of Cabinet,Energy," + date
                + ",Brussels," + organisation + "," + transparencyId + ",Energy storage on islands\n";
    }

    private static String transparencyId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%010d-%02d", random.nextLong(1_000_000_000L, 9_999_999_999L), random.nextInt(100));
    }
}
