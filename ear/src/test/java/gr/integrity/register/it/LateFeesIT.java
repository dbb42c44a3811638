package gr.integrity.register.it;

import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.VersionSummary;
import gr.integrity.register.fees.LateFeeLine;
import gr.integrity.register.fees.LateFeeService;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsAuditor;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Filings;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.lobbying.MeetingSchema;
import gr.integrity.register.registry.CategoryPolicy;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.SettingsService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Late-filing fees against MariaDB: the fee of a late filing by its category's bands, shown to the filer and to the
 * auditors, in the file for collection with the filer's tax number; none for a correction within the grace period;
 * bands an ADMIN changes apply at once, and bands that do not follow each other are refused on their field.
 */
@ExtendWith(ArquillianExtension.class)
class LateFeesIT {

    /** The category these tests set the bands of; no other test changes its policy. */
    private static final ObligedCategory CATEGORY = ObligedCategory.MEDICAL;

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
    private Fixtures fixtures;

    @EJB
    private DeclarationService declarations;

    @EJB
    private LateFeeService lateFees;

    @EJB
    private SettingsService settings;

    @EJB
    private TestDatabase database;

    @Test
    void aLateFilingOwesItsBandsFeeAndACorrectionWithinTheGracePeriodOwesNone() throws Exception {
        setBands("1-30:50; 31-60:100; 61-:200");
        // in office since January 2024: the initial declaration's deadline passed long ago
        Person person = admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), CATEGORY));
        String taxNumber = "0" + (100_000_000 + person.getId() % 800_000_000);
        admin.run(() -> fixtures.taxNumber(person, taxNumber));
        Obligation obligation = database.list("select o from Obligation o where o.person.id = ?1 and o.kind = ?2"
                + " and o.declarationType = ?3", Obligation.class, person.getId(), ObligationKind.INITIAL,
                DeclarationType.ASSET).get(0);
        long id = official.call(() -> declarations.open(obligation.getId()));
        submit(id, "12500");
        long daysLate = ChronoUnit.DAYS.between(obligation.getDeadline(), LocalDate.now(Obligation.ATHENS));
        assertTrue(daysLate > 60, "filed " + daysLate + " days late");

        // the filer sees the fee on the declaration's history
        VersionSummary first = official.call(() -> declarations.history(id)).get(0);
        assertTrue(first.late());
        assertEquals(0, new BigDecimal("200").compareTo(first.fee().amount()));
        assertEquals(daysLate, first.fee().daysLate());

        // a correction the same day is within the grace period: not late, no fee
        official.call(() -> declarations.amend(id, "Διόρθωση ποσού καταθέσεων."));
        submit(id, "13100");
        VersionSummary correction = official.call(() -> declarations.history(id)).get(1);
        assertFalse(correction.late());
        assertNull(correction.fee());

        // the auditors' list of the year: the filing once, its fee, no tax number; the file for collection has it
        int year = LocalDate.now(Obligation.ATHENS).getYear();
        List<LateFeeLine> listed = auditor.call(() -> lateFees.list(year, PageRequest.of(0, Integer.MAX_VALUE))).items()
                .stream().filter(l -> l.declarationId() == id).toList();
        assertEquals(1, listed.size(), "the late filing, not its correction");
        assertEquals(1, listed.get(0).versionNo());
        assertEquals(0, new BigDecimal("200").compareTo(listed.get(0).fee()));
        assertNull(listed.get(0).taxNumber());
        LateFeeLine collected = auditor.call(() -> lateFees.forCollection(year)).stream()
                .filter(l -> l.declarationId() == id).findFirst().orElseThrow();
        assertEquals(taxNumber, collected.taxNumber());
        assertTrue(auditor.call(() -> lateFees.totals(year)).fees().compareTo(new BigDecimal("200")) >= 0);

        // bands an ADMIN changes apply to what is shown at once; a category without bands owes nothing
        setBands("1-90:75; 91-:150");
        assertEquals(0, new BigDecimal(daysLate > 90 ? "150" : "75").compareTo(
                official.call(() -> declarations.history(id)).get(0).fee().amount()));
        setBands("");
        assertTrue(official.call(() -> declarations.history(id)).get(0).late());
        assertNull(official.call(() -> declarations.history(id)).get(0).fee());
        assertTrue(auditor.call(() -> lateFees.forCollection(year)).stream().noneMatch(l -> l.declarationId() == id));
        setBands("1-30:50; 31-60:100; 61-:200");
    }

    @Test
    void bandsWithAGapAreRefusedOnTheirFieldAndThePolicyIsUnchanged() throws Exception {
        setBands("1-30:50; 31-60:100; 61-:200");
        CategoryPolicy before = policy();
        Throwable refused = unwrap(assertThrows(Exception.class, () -> admin.call(() -> {
            settings.changePolicy(CATEGORY, before.getVersion(), before.getInitialDays() + 1, before.getFinalYears(),
                    before.isInterestRequired(), before.isAssetsPublished(), before.isInterestsPublished(),
                    "1-30:50; 40-:100");
            return null;
        })));
        InvalidInputException invalid = assertInstanceOf(InvalidInputException.class, refused);
        assertEquals("lateFeeBands", invalid.getField());
        assertEquals("fees.bands.sequence", invalid.getMessageKey());
        CategoryPolicy after = policy();
        assertEquals("1-30:50; 31-60:100; 61-:200", after.getLateFeeBands());
        assertEquals(before.getInitialDays(), after.getInitialDays(), "nothing of the refused change is kept");
    }

    @Test
    void aLateMeetingDeclarationIsLateAndOwesNoFee() throws Exception {
        admin.call(() -> fixtures.freshOfficial(AsOfficialA.USERNAME, LocalDate.of(2024, 1, 15), CATEGORY));
        String organisation = Fixtures.uniqueName("Σύνδεσμος Προστίμων");
        admin.call(() -> fixtures.organisation(organisation));
        long id = official.call(() -> declarations.declare(DeclarationType.MEETING));
        DeclarationContent content = new DeclarationContent();
        content.getHeader().put("date", LocalDate.now(Obligation.ATHENS).minusDays(20).toString());
        content.getHeader().put("format", "IN_PERSON");
        content.getHeader().put("subject", "Διαβούλευση για τα τέλη λιμένων");
        content.items(MeetingSchema.ORGANISATIONS).add(new DeclarationContent.Item().set("organisation", organisation));
        DraftView draft = official.call(() -> declarations.draft(id));
        DraftView saved = official.call(() -> declarations.saveDraft(id, draft.revision(), content));
        official.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(),
                Filings.confirmations(saved)));

        VersionSummary filed = official.call(() -> declarations.history(id)).get(0);
        assertTrue(filed.late(), "declared on day 20");
        assertNull(filed.fee(), "meeting declarations owe no fee");
    }

    private void submit(long id, String deposit) throws Exception {
        DraftView draft = official.call(() -> declarations.draft(id));
        DraftView saved = official.call(() -> declarations.saveDraft(id, draft.revision(),
                Filings.validAssetContent(deposit)));
        official.call(() -> declarations.submit(id, saved.revision(), UUID.randomUUID().toString(),
                Filings.confirmations(saved)));
    }

    private void setBands(String bands) throws Exception {
        CategoryPolicy p = policy();
        admin.call(() -> {
            settings.changePolicy(CATEGORY, p.getVersion(), p.getInitialDays(), p.getFinalYears(), p.isInterestRequired(),
                    p.isAssetsPublished(), p.isInterestsPublished(), bands);
            return null;
        });
    }

    private CategoryPolicy policy() throws Exception {
        return admin.call(() -> settings.policies()).stream().filter(p -> p.getCategory() == CATEGORY).findFirst()
                .orElseThrow();
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException || t.getClass() == Exception.class) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
