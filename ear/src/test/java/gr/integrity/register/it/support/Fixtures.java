package gr.integrity.register.it.support;

import gr.integrity.register.demo.DemoMeetings;
import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportRunner;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.lobbying.Meeting;
import gr.integrity.register.organisation.OrganisationForm;
import gr.integrity.register.organisation.OrganisationService;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionForm;
import gr.integrity.register.registry.InstitutionKind;
import gr.integrity.register.registry.InstitutionService;
import gr.integrity.register.registry.MandateForm;
import gr.integrity.register.registry.MandateService;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.PersonForm;
import gr.integrity.register.registry.PersonService;
import gr.integrity.register.registry.Position;
import gr.integrity.register.registry.PositionForm;
import gr.integrity.register.registry.PositionService;
import gr.integrity.register.registry.RecordSource;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.AccountRegistry;
import gr.integrity.register.security.AccountService;
import gr.integrity.register.security.AccountStatus;
import gr.integrity.register.security.AccountToken;
import gr.integrity.register.security.InvitationForm;
import gr.integrity.register.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Test data made through the register's own services (as ADMIN), so it passes the same rules as real data.
 * Names carry a unique suffix: tests share one database and must not depend on each other's rows.
 */
@Stateless
@RolesAllowed("ADMIN")
public class Fixtures {

    @EJB
    private OrganisationService organisations;

    @EJB
    private ImportService imports;

    @EJB
    private ImportRunner runner;

    @EJB
    private InstitutionService institutions;

    @EJB
    private PositionService positions;

    @EJB
    private PersonService persons;

    @EJB
    private MandateService mandates;

    @EJB
    private AccountService accounts;

    @EJB
    private TestDatabase database;

    @Inject
    private AccountRegistry accountRegistry;

    @PersistenceContext
    private EntityManager em;

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A unique name of letters only, as a person's name must be: "Παπαδόπουλος-ΚΘΑΒ...". */
    public static String uniqueName(String prefix) {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder letters = new StringBuilder(prefix).append('-');
        for (char c : hex.toCharArray()) {
            letters.append("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠ".charAt(Character.digit(c, 16)));
        }
        return letters.toString();
    }

    public Institution institution(String nameEl) {
        InstitutionForm form = new InstitutionForm();
        form.setNameEl(nameEl);
        form.setNameEn(nameEl);
        form.setKind(InstitutionKind.MINISTRY);
        return institutions.create(form);
    }

    public Position position(Institution institution, String title, ObligedCategory category) {
        PositionForm form = new PositionForm();
        form.setInstitutionId(institution.getId());
        form.setTitleEl(title);
        form.setCategory(category);
        return positions.create(form);
    }

    public Person person(String givenName, String familyName) {
        PersonForm form = new PersonForm();
        form.setGivenName(givenName);
        form.setFamilyName(familyName);
        return persons.create(form);
    }

    public void mandate(Person person, Position position, LocalDate start, LocalDate end) {
        MandateForm form = new MandateForm();
        form.setPersonId(person.getId());
        form.setPositionId(position.getId());
        form.setStartDate(start);
        form.setEndDate(end);
        mandates.create(form);
    }

    /**
     * A new official who took office ten days ago (so their initial and annual asset declarations are owed and not
     * yet due), with an active account that signs in with the password given: for browser tests, which must not
     * depend on what earlier runs filed.
     */
    public String activeOfficial(String password) {
        Person person = person("Δοκιμαστής", uniqueName("Υπόχρεος"));
        Position position = position(institution(unique("Υπουργείο Δοκιμών")), "Υπουργός", ObligedCategory.POLITICAL);
        mandate(person, position, LocalDate.now().minusDays(10), null);
        return activeAccount(person, Role.OFFICIAL, password);
    }

    /** An ADMIN's change to an account, as the account page makes it: "disable", or "roles" (AUDITOR added). */
    public String changeAccount(String username, String change) {
        Account account = accountRegistry.findByUsername(username).orElseThrow();
        Set<Role> roles = EnumSet.copyOf(account.getRoles());
        AccountStatus status = account.getStatus();
        if ("disable".equals(change)) {
            status = AccountStatus.DISABLED;
        } else {
            roles.add(Role.AUDITOR);
        }
        accounts.update(account.getId(), account.getVersion(), roles, status);
        return username;
    }

    /** A new interest representative with an active account that signs in with the password given. */
    public String activeLobbyist(String password) {
        return activeAccount(person("Εκπρόσωπος", uniqueName("Συμφερόντων")), Role.LOBBYIST, password);
    }

    /**
     * A new institution and its liaison, with an active account that signs in with the password given: answers
     * "username institutionId".
     */
    public String activeLiaison(String password) {
        Institution institution = institution(unique("Δήμος Δοκιμών"));
        String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
        InvitationForm form = new InvitationForm();
        form.setUsername(username);
        form.setDisplayName("Σύνδεσμος " + institution.getNameEl());
        form.setEmail(username + "@it.example.gr");
        form.setRoles(EnumSet.of(Role.LIAISON));
        form.setInstitutionId(institution.getId());
        Account account = accountRegistry.create(form);
        accounts.activate(accountRegistry.issueToken(account, AccountToken.Purpose.INVITATION, Duration.ofHours(1)),
                password.toCharArray());
        return username + " " + institution.getId();
    }

    private String activeAccount(Person person, Role role, String password) {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 12);
        Account account = accountRegistry.create(invitation(username, person, role));
        String token = accountRegistry.issueToken(account, AccountToken.Purpose.INVITATION, Duration.ofHours(1));
        accounts.activate(token, password.toCharArray());
        return username;
    }

    /**
     * The Commission's meetings, imported as the demo imports them unless they are there; answers how many. Outside
     * a transaction: the import commits its batch, then runs it chunk by chunk, each in its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long commissionMeetings() {
        long present = database.count("select count(m) from Meeting m where m.source = ?1", RecordSource.EC_MEETINGS_EXPORT);
        if (present == 0) {
            ImportBatch batch = imports.prepare(DemoMeetings.FILE, DemoMeetings.shipped(), List.of(ImportKind.EC_MEETINGS));
            runner.runToEnd(batch.getId());
        }
        return database.count("select count(m) from Meeting m where m.source = ?1", RecordSource.EC_MEETINGS_EXPORT);
    }

    /** A meeting recorded in the register (as a declared one will be) with this subject and organisation; its id. */
    public Long meeting(String subject, long organisationId, String organisationName) {
        Meeting meeting = new Meeting(LocalDate.of(2026, 3, 2), "Αθήνα", subject, null, RecordSource.REGISTER);
        meeting.getOrganisations().add(new Meeting.OrganisationMet(organisationId, organisationName));
        em.persist(meeting);
        em.flush();
        return meeting.getId();
    }

    /** A confirmed organisation, as an ADMIN enters it; answers its id. */
    public Long organisation(String nameEl) {
        OrganisationForm form = new OrganisationForm();
        form.setNameEl(nameEl);
        return organisations.create(form).getId();
    }

    /**
     * Links a test user (as the run-as principals name them) to a new person, in a post of the category given
     * since the day given, so that a test has obligations and declarations no earlier test or run has touched.
     * Creates the account the first time.
     */
    public Person freshOfficial(String username, LocalDate tookOffice, ObligedCategory category) {
        Person person = person("Δοκιμαστής", uniqueName("Υπόχρεος"));
        Position position = position(institution(unique("Φορέας Δοκιμών")), "Υπεύθυνος δοκιμών", category);
        mandate(person, position, tookOffice, null);
        Optional<Account> account = accountRegistry.findByUsername(username);
        if (account.isPresent()) {
            account.get().setPerson(em.find(Person.class, person.getId()));
        } else {
            invite(username, person, Role.OFFICIAL);
        }
        return person;
    }

    /** Gives the person a tax number (private: never on a public surface). */
    public void taxNumber(Person person, String taxNumber) {
        em.find(Person.class, person.getId()).setTaxNumber(taxNumber);
    }

    /** The person's asset obligation of the kind (the first, if several). */
    public long obligation(Person person, gr.integrity.register.registry.ObligationKind kind) {
        return em.createQuery("select o.id from Obligation o where o.person.id = :person and o.kind = :kind"
                        + " and o.declarationType = :type order by o.id", Long.class)
                .setParameter("person", person.getId()).setParameter("kind", kind)
                .setParameter("type", gr.integrity.register.declaration.DeclarationType.ASSET)
                .setMaxResults(1).getSingleResult();
    }

    /** The account of a test user (as the run-as principals name them), linked to a person, created once. */
    public Person officialAccount(String username) {
        var existing = database.list("select a.person from Account a where a.username = ?1", Person.class, username);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        Person person = person("Δοκιμαστής", uniqueName("Υπόχρεος"));
        Position position = position(institution(unique("Υπουργείο Δοκιμών")), "Υπουργός", ObligedCategory.POLITICAL);
        mandate(person, position, LocalDate.of(2024, 1, 15), null);
        invite(username, person, Role.OFFICIAL);
        return person;
    }

    /** The account of a test lobbyist (as the run-as principals name them), linked to a person, created once. */
    public void lobbyistAccount(String username) {
        if (accountRegistry.findByUsername(username).isPresent()) {
            return;
        }
        Person person = person("Εκπρόσωπος", uniqueName("Συμφερόντων"));
        invite(username, person, Role.LOBBYIST);
    }

    /**
     * Makes the test liaison's account (the first time) the liaison of a new institution, so that a test sends lists
     * no earlier test or run has sent; answers the institution.
     */
    public Institution liaisonOfNewInstitution(String username) {
        Institution institution = institution(unique("Περιφέρεια Δοκιμών"));
        Optional<Account> account = accountRegistry.findByUsername(username);
        if (account.isPresent()) {
            account.get().setInstitution(em.find(Institution.class, institution.getId()));
        } else {
            InvitationForm form = new InvitationForm();
            form.setUsername(username);
            form.setDisplayName("Σύνδεσμος φορέα");
            form.setEmail(username + "@it.example.gr");
            form.setRoles(EnumSet.of(Role.LIAISON));
            form.setInstitutionId(institution.getId());
            accountRegistry.create(form);
        }
        return institution;
    }

    /**
     * Gives a test user's account a password, so that HTTP tests can sign in as the user the in-container helpers
     * act as: an invited account is activated with it, an active one has it reset.
     */
    public void password(String username, String password) {
        Account account = accountRegistry.findByUsername(username).orElseThrow();
        if (account.getStatus() == AccountStatus.INVITED) {
            accounts.activate(accountRegistry.issueToken(account, AccountToken.Purpose.INVITATION, Duration.ofHours(1)),
                    password.toCharArray());
        } else {
            accounts.resetPassword(accountRegistry.issueToken(account, AccountToken.Purpose.PASSWORD_RESET,
                    Duration.ofHours(1)), password.toCharArray());
        }
    }

    /** Links a test user's account to a person (null: to none), as an ADMIN's correction of the account would. */
    public void linkPerson(String username, Long personId) {
        Account account = accountRegistry.findByUsername(username).orElseThrow();
        account.setPerson(personId == null ? null : em.find(Person.class, personId));
    }

    /** The account of a test user without a person (an auditor, an ADMIN), created once with the role given. */
    public void staffAccount(String username, Role role) {
        if (accountRegistry.findByUsername(username).isPresent()) {
            return;
        }
        InvitationForm form = new InvitationForm();
        form.setUsername(username);
        form.setDisplayName(username);
        form.setEmail(username + "@it.example.gr");
        form.setRoles(EnumSet.of(role));
        accounts.invite(form);
    }

    private void invite(String username, Person person, Role role) {
        accounts.invite(invitation(username, person, role));
    }

    private static InvitationForm invitation(String username, Person person, Role role) {
        InvitationForm form = new InvitationForm();
        form.setUsername(username);
        form.setDisplayName(person.fullName());
        form.setEmail(username + "@it.example.gr");
        form.setRoles(EnumSet.of(role));
        form.setPersonId(person.getId());
        return form;
    }
}
