package gr.integrity.register.it;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.common.DuplicateException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.registry.DeadlineExtension;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionForm;
import gr.integrity.register.registry.InstitutionKind;
import gr.integrity.register.registry.InstitutionService;
import gr.integrity.register.registry.MandateForm;
import gr.integrity.register.registry.MandateService;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligationService;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.PersonForm;
import gr.integrity.register.registry.PersonService;
import gr.integrity.register.registry.Position;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry services against MariaDB: what they store, what they refuse, and to whom. */
@ExtendWith(ArquillianExtension.class)
class RegistryServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsOfficialA official;

    @EJB
    private Fixtures fixtures;

    @EJB
    private InstitutionService institutions;

    @EJB
    private PersonService persons;

    @EJB
    private MandateService mandates;

    @EJB
    private ObligationService obligations;

    @EJB
    private TestDatabase database;

    @Test
    void greekTextAndEmojiComeBackExactlyAsStored() throws Exception {
        String name = Fixtures.unique("Υπουργείο Ψηφιακής Διακυβέρνησης — ΑΦΜ «ελέγχου» 🏛️");

        Institution saved = admin.call(() -> fixtures.institution(name));

        Institution read = institutions.get(saved.getId());
        assertEquals(name, read.getNameEl());
    }

    @Test
    void aDuplicateNameDifferingOnlyInAccentsAndCaseIsRefusedOnTheNameField() throws Exception {
        String name = Fixtures.unique("Υπουργείο Τουρισμού");
        admin.call(() -> fixtures.institution(name));

        InstitutionForm form = new InstitutionForm();
        form.setNameEl(name.toUpperCase(java.util.Locale.forLanguageTag("el")).replace("Ο", "Ό"));
        form.setKind(InstitutionKind.MINISTRY);
        DuplicateException refused = assertThrows(DuplicateException.class, () -> admin.call(() -> institutions.create(form)));

        assertEquals("nameEl", refused.getField());
        assertEquals("institution.duplicateName", refused.getMessageKey());
    }

    @Test
    void aFiveThousandCharacterNameIsRefusedAndNothingIsStored() throws Exception {
        long before = database.count("select count(i) from Institution i");
        InstitutionForm form = new InstitutionForm();
        form.setNameEl("Α".repeat(5_000));
        form.setKind(InstitutionKind.OTHER);

        EJBException refused = assertThrows(EJBException.class, () -> admin.call(() -> institutions.create(form)));

        assertInstanceOf(ConstraintViolationException.class, refused.getCause());
        assertEquals(before, database.count("select count(i) from Institution i"));
    }

    @Test
    void markupInANameIsRefused() {
        InstitutionForm form = new InstitutionForm();
        form.setNameEl("<script>alert('x')</script>");
        form.setKind(InstitutionKind.OTHER);

        EJBException refused = assertThrows(EJBException.class, () -> admin.call(() -> institutions.create(form)));

        var violation = ((ConstraintViolationException) refused.getCause()).getConstraintViolations().iterator().next();
        assertTrue(violation.getPropertyPath().toString().endsWith("nameEl"));
    }

    @Test
    void anAdministratorOpeningAPersonsPrivateFieldsIsInTheAuditTrail() throws Exception {
        PersonForm form = new PersonForm();
        form.setGivenName("Αγλαΐα");
        form.setFamilyName(Fixtures.uniqueName("Ιδιωτικού"));
        form.setBirthDate(LocalDate.of(1971, 3, 9));
        Person person = admin.call(() -> persons.create(form));
        String reads = "select count(e) from AuditEntry e where e.action = ?1 and e.objectId = ?2";
        assertEquals(0, database.count(reads, AuditAction.PERSON_PRIVATE_READ, person.getId().toString()));

        PersonForm shown = admin.call(() -> persons.formFor(person.getId()));

        assertEquals(LocalDate.of(1971, 3, 9), shown.getBirthDate());
        assertEquals(1, database.count(reads, AuditAction.PERSON_PRIVATE_READ, person.getId().toString()),
                "the reading of the date of birth is recorded");
    }

    @Test
    void aMandateEndingBeforeItStartsIsRefusedOnTheEndDate() throws Exception {
        Person person = admin.call(() -> fixtures.person("Ελένη", Fixtures.uniqueName("Δοκιμή")));
        Position position = admin.call(() -> fixtures.position(fixtures.institution(Fixtures.unique("Δήμος")),
                "Δήμαρχος", ObligedCategory.LOCAL_GOVERNMENT));
        MandateForm form = new MandateForm();
        form.setPersonId(person.getId());
        form.setPositionId(position.getId());
        form.setStartDate(LocalDate.of(2024, 5, 1));
        form.setEndDate(LocalDate.of(2024, 4, 30));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> admin.call(() -> mandates.create(form)));

        assertEquals("endDate", refused.getField());
        assertEquals(0, database.count("select count(m) from Mandate m where m.person.id = ?1", person.getId()));
    }

    @Test
    void aMandateCreatesItsObligationsWithTheLawsDeadlines() throws Exception {
        Person person = admin.call(() -> fixtures.person("Νίκος", Fixtures.uniqueName("Παπαδόπουλος")));
        Position position = admin.call(() -> fixtures.position(fixtures.institution(Fixtures.unique("Οργανισμός")),
                "Διοικητής", ObligedCategory.PUBLIC_SECTOR));

        admin.run(() -> fixtures.mandate(person, position, LocalDate.of(2024, 3, 5), null));

        List<Obligation> stored = database.list("select o from Obligation o where o.person.id = ?1 and o.kind = ?2",
                Obligation.class, person.getId(), ObligationKind.INITIAL);
        assertEquals(1, stored.size());
        assertEquals(DeclarationType.ASSET, stored.get(0).getDeclarationType());
        assertEquals(LocalDate.of(2024, 7, 15), stored.get(0).getDeadline());
        assertEquals(1, database.count("select count(o) from Obligation o where o.person.id = ?1 and o.kind = ?2"
                + " and o.periodYear = 2024", person.getId(), ObligationKind.ANNUAL));
    }

    @Test
    void anExtensionForOneCategoryMovesOnlyThatCategorysDeadlines() throws Exception {
        Person journalist = admin.call(() -> fixtures.person("Άννα", Fixtures.uniqueName("Ρήγα")));
        Person judge = admin.call(() -> fixtures.person("Πέτρος", Fixtures.uniqueName("Ρήγας")));
        Institution body = admin.call(() -> fixtures.institution(Fixtures.unique("Φορέας")));
        Position media = admin.call(() -> fixtures.position(body, "Διευθυντής ειδήσεων", ObligedCategory.MEDIA));
        Position court = admin.call(() -> fixtures.position(body, "Δικαστής", ObligedCategory.JUSTICE));
        admin.run(() -> fixtures.mandate(journalist, media, LocalDate.of(2024, 1, 10), null));
        admin.run(() -> fixtures.mandate(judge, court, LocalDate.of(2024, 1, 10), null));
        // later than whatever an earlier extension in this database left (a new obligation starts at the extended date)
        LocalDate extended = annual2024(journalist).getDeadline().plusDays(1);
        LocalDate judgesDeadline = annual2024(judge).getDeadline();

        DeadlineExtension extension = admin.call(() -> obligations.extend(DeclarationType.ASSET, ObligationKind.ANNUAL,
                2024, ObligedCategory.MEDIA, extended, "Νόμος 9999/2025 (δοκιμή)"));

        assertTrue(extension.getAffected() >= 1);
        assertEquals(extended, annual2024(journalist).getDeadline());
        assertEquals(LocalDate.of(2025, 10, 15), annual2024(journalist).getOriginalDeadline());
        assertEquals(judgesDeadline, annual2024(judge).getDeadline());
    }

    @Test
    void anOfficialIsRefusedTheAdministratorsServices() throws Exception {
        admin.run(() -> fixtures.officialAccount(AsOfficialA.USERNAME));
        InstitutionForm form = new InstitutionForm();
        form.setNameEl(Fixtures.unique("Φορέας υπόχρεου"));
        form.setKind(InstitutionKind.OTHER);

        assertThrows(EJBAccessException.class, () -> official.call(() -> institutions.create(form)));
        assertThrows(EJBAccessException.class, () -> official.call(() -> persons.search(null, PageRequest.of(0, 10))));
        assertThrows(EJBAccessException.class, () -> official.call(() -> obligations.extend(DeclarationType.ASSET,
                ObligationKind.ANNUAL, 2024, null, LocalDate.of(2030, 1, 1), "no")));
        // nor may anyone who has not signed in
        assertThrows(EJBAccessException.class, () -> persons.get(1));
    }

    @Test
    void anOfficialSeesTheirOwnObligations() throws Exception {
        Person person = admin.call(() -> fixtures.officialAccount(AsOfficialA.USERNAME));

        List<Obligation> mine = official.call(() -> obligations.mine());

        assertTrue(!mine.isEmpty());
        assertTrue(mine.stream().allMatch(o -> o.getPerson().getId().equals(person.getId())));
    }

    private Obligation annual2024(Person person) {
        return database.list("select o from Obligation o where o.person.id = ?1 and o.kind = ?2 and o.periodYear = 2024"
                        + " and o.declarationType = ?3", Obligation.class, person.getId(), ObligationKind.ANNUAL,
                DeclarationType.ASSET).get(0);
    }
}
