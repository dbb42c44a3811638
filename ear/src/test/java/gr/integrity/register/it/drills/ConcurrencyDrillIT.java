package gr.integrity.register.it.drills;

import gr.integrity.register.asset.AssetSchema;
import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.it.support.As;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsAuditor;
import gr.integrity.register.it.support.AsAuditorB;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.AsOfficialB;
import gr.integrity.register.it.support.AsOfficialC;
import gr.integrity.register.it.support.AsOfficialD;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Filings;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.Race;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People acting on the same thing at the same moment: two auditors deciding one filing, an auditor deciding while
 * the official files an amendment, two tabs saving one draft, many officials submitting at once (every submission
 * takes the register's one hash-chain head). Nobody's change is silently lost: the loser is refused with a message
 * that says someone else changed it (optimistic locking), and nothing waits forever or fails on a deadlock.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyDrillIT {

    private static final int ROUNDS = 6;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsAuditor auditorA;

    @EJB
    private AsAuditorB auditorB;

    @EJB
    private AsOfficialA officialA;

    @EJB
    private AsOfficialB officialB;

    @EJB
    private AsOfficialC officialC;

    @EJB
    private AsOfficialD officialD;

    @EJB
    private Fixtures fixtures;

    @EJB
    private DeclarationService declarations;

    @EJB
    private ReviewService reviews;

    @EJB
    private TestDatabase database;

    private static final Map<String, Object> FIGURES = new LinkedHashMap<>();

    @BeforeEach
    void auditors() throws Exception {
        admin.run(() -> fixtures.staffAccount(AsAuditor.USERNAME, Role.AUDITOR));
        admin.run(() -> fixtures.staffAccount(AsAuditorB.USERNAME, Role.AUDITOR));
    }

    @Test
    void twoAuditorsDecidingOneFilingAtOnceGiveOneDecisionAndTellTheOther() throws Exception {
        int refusedClearly = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long id = submitted(officialA, AsOfficialA.USERNAME);
            auditorA.call(() -> reviews.assign(id, null));
            int seenByA = auditorA.call(() -> reviews.review(id)).getVersion();
            int seenByB = auditorB.call(() -> reviews.review(id)).getVersion();

            List<Race.Outcome> outcomes = Race.atOnce(
                    () -> auditorA.call(() -> reviews.accept(id, seenByA)),
                    () -> auditorB.call(() -> reviews.refer(id, seenByB)));

            assertEquals(1, outcomes.stream().filter(Race.Outcome::done).count(), "exactly one decision stands: " + outcomes);
            Race.Outcome loser = outcomes.stream().filter(o -> !o.done()).findFirst().orElseThrow();
            assertTrue(loser.toldSomeoneElseChangedIt(), "the other auditor is told: " + loser.failure());
            refusedClearly++;
            ReviewState expected = outcomes.get(0).done() ? ReviewState.ACCEPTED : ReviewState.REFERRED;
            assertEquals(expected, auditorA.call(() -> reviews.review(id)).getState());
            assertEquals(1, database.count("select count(a) from AuditEntry a where a.action = ?1 and a.objectId = ?2"
                    + " and a.details like ?3", AuditAction.REVIEW_STATE_CHANGED, String.valueOf(id), "IN_REVIEW -> %"),
                    "one decision in the audit trail");
        }
        FIGURES.put("auditorRaces", ROUNDS);
        FIGURES.put("auditorLosersToldClearly", refusedClearly);
        DrillFigures.write("concurrency", FIGURES);
    }

    @Test
    void anAuditorDecidingWhileTheOfficialAmendsNeverAcceptsAVersionTheyDidNotSee() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = submitted(officialB, AsOfficialB.USERNAME);
            auditorA.call(() -> reviews.assign(id, null));
            int seen = auditorA.call(() -> reviews.review(id)).getVersion();
            DraftView amendment = officialB.call(() -> declarations.amend(id, "Διόρθωση του υπολοίπου της κατάθεσης."));
            DeclarationContent changed = amendment.content();
            changed.items(AssetSchema.DEPOSITS).get(0).set("amount", "13.000");
            DraftView saved = officialB.call(() -> declarations.saveDraft(id, amendment.revision(), changed));

            List<Race.Outcome> outcomes = Race.atOnce(
                    () -> auditorA.call(() -> reviews.accept(id, seen)),
                    () -> officialB.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(),
                            Filings.confirmations(saved))));

            assertTrue(outcomes.get(1).done(), "the amendment is filed: " + outcomes.get(1).failure());
            assertEquals(2, database.count("select count(v) from DeclarationVersion v where v.declaration.id = ?1", id));
            ReviewState state = auditorA.call(() -> reviews.review(id)).getState();
            assertNotEquals(ReviewState.ACCEPTED, state, "version 2, which the auditor never saw, is not accepted");
            if (!outcomes.get(0).done()) {
                assertTrue(outcomes.get(0).toldSomeoneElseChangedIt(), "the auditor is told: " + outcomes.get(0).failure());
            }
        }
        FIGURES.put("auditorAmendmentRaces", ROUNDS);
        DrillFigures.write("concurrency", FIGURES);
    }

    @Test
    void twoTabsSavingOneDraftAtOnceKeepOneAndTellTheOther() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long id = opened(officialC, AsOfficialC.USERNAME);
            int revision = officialC.call(() -> declarations.draft(id)).revision();
            DeclarationContent first = Filings.validAssetContent("1.000");
            DeclarationContent second = Filings.validAssetContent("2.000");

            List<Race.Outcome> outcomes = Race.atOnce(
                    () -> officialC.call(() -> declarations.saveDraft(id, revision, first)),
                    () -> officialC.call(() -> declarations.saveDraft(id, revision, second)));

            assertEquals(1, outcomes.stream().filter(Race.Outcome::done).count(), "one save stands: " + outcomes);
            Race.Outcome loser = outcomes.stream().filter(o -> !o.done()).findFirst().orElseThrow();
            assertTrue(loser.toldSomeoneElseChangedIt(), "the other tab is told: " + loser.failure());
            String kept = officialC.call(() -> declarations.draft(id)).content().items(AssetSchema.DEPOSITS).get(0)
                    .get("amount");
            assertEquals(outcomes.get(0).done() ? "1.000" : "2.000", kept, "the draft is the winner's, whole");
        }
        FIGURES.put("draftTabRaces", ROUNDS);
        DrillFigures.write("concurrency", FIGURES);
    }

    @Test
    void manyOfficialsSubmittingAtOnceAllGetTheirReceipt() throws Exception {
        List<As> officials = List.of(officialA, officialB, officialC, officialD);
        List<String> usernames = List.of(AsOfficialA.USERNAME, AsOfficialB.USERNAME, AsOfficialC.USERNAME,
                AsOfficialD.USERNAME);
        List<Callable<Object>> submissions = new ArrayList<>();
        for (int i = 0; i < officials.size(); i++) {
            As official = officials.get(i);
            Person person = admin.call(() -> fixtures.freshOfficial(usernames.get(officials.indexOf(official)),
                    LocalDate.of(2024, 1, 15), ObligedCategory.POLITICAL));
            for (Long obligation : obligations(person)) {
                long id = official.call(() -> declarations.open(obligation));
                DraftView saved = official.call(() -> declarations.saveDraft(id,
                        official.call(() -> declarations.draft(id)).revision(), Filings.validAssetContent("5.000")));
                submissions.add(() -> official.call(() -> declarations.submit(id, saved.revision(),
                        UUID.randomUUID().toString(), Filings.confirmations(saved))));
            }
        }
        List<Race.Outcome> outcomes = Race.atOnce(submissions.toArray(Callable[]::new));
        for (Race.Outcome outcome : outcomes) {
            assertTrue(outcome.done(), "every submission is filed, none fails on a lock: " + outcome.failure());
        }
        FIGURES.put("simultaneousSubmissions", outcomes.size());
        FIGURES.put("simultaneousSubmissionsFailed", 0);
        DrillFigures.write("concurrency", FIGURES);
    }

    /** A new official's first asset declaration, submitted and so awaiting review; its id. */
    private long submitted(As official, String username) throws Exception {
        long id = opened(official, username);
        DraftView saved = official.call(() -> declarations.saveDraft(id, official.call(() -> declarations.draft(id))
                .revision(), Filings.validAssetContent("12.500,50")));
        official.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(), Filings.confirmations(saved)));
        return id;
    }

    private long opened(As official, String username) throws Exception {
        Person person = admin.call(() -> fixtures.freshOfficial(username, LocalDate.of(2024, 1, 15),
                ObligedCategory.POLITICAL));
        Long obligation = obligations(person).get(obligations(person).size() - 1);
        return official.call(() -> declarations.open(obligation));
    }

    private List<Long> obligations(Person person) {
        return database.list("select o.id from Obligation o where o.person.id = ?1 and o.declarationType = ?2"
                + " order by o.id", Long.class, person.getId(), DeclarationType.ASSET);
    }
}
