package gr.integrity.register.it;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.lobbying.OrganisationPages;
import gr.integrity.register.publication.DirectoryFilter;
import gr.integrity.register.publication.PublicDirectory;
import gr.integrity.register.it.support.AsAdmin;
import gr.integrity.register.it.support.AsLobbyist;
import gr.integrity.register.it.support.AsLobbyistB;
import gr.integrity.register.it.support.AsOfficialA;
import gr.integrity.register.it.support.Deployments;
import gr.integrity.register.it.support.Fixtures;
import gr.integrity.register.it.support.TestDatabase;
import gr.integrity.register.it.support.Thrown;
import gr.integrity.register.organisation.LobbyistRegistrations;
import gr.integrity.register.organisation.LobbyistView;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationCategory;
import gr.integrity.register.organisation.OrganisationChoice;
import gr.integrity.register.organisation.OrganisationEntries;
import gr.integrity.register.organisation.OrganisationForm;
import gr.integrity.register.organisation.OrganisationPeople;
import gr.integrity.register.organisation.OrganisationService;
import gr.integrity.register.organisation.OrganisationStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lobbying register kept by the lobbyists themselves, against MariaDB: a registration waits for an ADMIN; a
 * change to a confirmed entry is a proposal an ADMIN approves; a lobbyist changes only their own organisation;
 * consultancies declare clients; a malformed Transparency Register ID is refused with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
class LobbyingRegisterIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests();
    }

    @EJB
    private AsAdmin admin;

    @EJB
    private AsLobbyist lobbyist;

    @EJB
    private AsLobbyistB otherLobbyist;

    @EJB
    private AsOfficialA official;

    @EJB
    private Fixtures fixtures;

    @EJB
    private TestDatabase database;

    @EJB
    private LobbyistRegistrations registrations;

    @EJB
    private OrganisationPeople people;

    @EJB
    private OrganisationService organisations;

    @EJB
    private PublicDirectory directory;

    @EJB
    private OrganisationPages pages;

    @BeforeEach
    void accounts() throws Exception {
        admin.call(() -> {
            fixtures.lobbyistAccount(AsLobbyist.USERNAME);
            fixtures.lobbyistAccount(AsLobbyistB.USERNAME);
            return null;
        });
    }

    @Test
    void aRegistrationWaitsForTheAdminAndAChangeToAConfirmedEntryIsAProposal() throws Exception {
        String name = Fixtures.uniqueName("Σύμβουλοι Δοκιμής");
        Organisation registered = lobbyist.call(() -> registrations.register(form(name, OrganisationCategory.CONSULTANCY)));
        assertEquals(OrganisationStatus.PENDING, registered.getStatus());
        long id = registered.getId();
        assertTrue(lobbyist.call(() -> registrations.mine()).stream().anyMatch(o -> o.getId() == id));
        assertTrue(otherLobbyist.call(() -> registrations.mine()).stream().noneMatch(o -> o.getId() == id));

        // while pending, the representative's changes apply at once
        OrganisationForm corrected = form(name, OrganisationCategory.CONSULTANCY);
        corrected.setAddress("Σταδίου 5, Αθήνα");
        lobbyist.call(() -> registrations.update(id, corrected));
        assertEquals("Σταδίου 5, Αθήνα", database.find(Organisation.class, id).getAddress());

        admin.call(() -> organisations.confirm(id));

        // once confirmed, a change waits for approval and the entry shows what was checked
        OrganisationForm moved = form(name, OrganisationCategory.CONSULTANCY);
        moved.setAddress("Ακαδημίας 20, Αθήνα");
        lobbyist.call(() -> registrations.update(id, moved));
        assertEquals("Σταδίου 5, Αθήνα", database.find(Organisation.class, id).getAddress());
        assertEquals("Ακαδημίας 20, Αθήνα", admin.call(() -> registrations.proposedChange(id)).getAddress());
        assertEquals(1, database.count("select count(a) from AuditEntry a where a.action = ?1 and a.objectId = ?2",
                AuditAction.ORGANISATION_CHANGE_PROPOSED, String.valueOf(id)));

        admin.call(() -> registrations.approveChange(id));
        assertEquals("Ακαδημίας 20, Αθήνα", database.find(Organisation.class, id).getAddress());
        assertNull(admin.call(() -> registrations.proposedChange(id)), "decided: no proposal waits");

        // a rejected proposal changes nothing
        OrganisationForm wrong = form(name, OrganisationCategory.CONSULTANCY);
        wrong.setAddress("Λάθος διεύθυνση 1");
        lobbyist.call(() -> registrations.update(id, wrong));
        admin.call(() -> registrations.rejectChange(id));
        assertEquals("Ακαδημίας 20, Αθήνα", database.find(Organisation.class, id).getAddress());
    }

    @Test
    void aLobbyistChangesOnlyTheirOwnOrganisation() throws Exception {
        String name = Fixtures.uniqueName("Εταιρεία Εκπροσώπησης");
        long id = lobbyist.call(() -> registrations.register(form(name, OrganisationCategory.CONSULTANCY))).getId();
        long refusalsBefore = refusals(id);

        assertRefused(() -> otherLobbyist.call(() -> registrations.update(id, form("Άλλο όνομα", OrganisationCategory.NGO))));
        assertRefused(() -> otherLobbyist.call(() -> people.addLobbyist(id, "Ξένος Εκπρόσωπος", null, null)));
        assertRefused(() -> otherLobbyist.call(() -> people.addClient(id, "Ξένος Πελάτης")));
        assertEquals(refusalsBefore + 3, refusals(id), "each refusal is in the audit trail");
        assertEquals(name, database.find(Organisation.class, id).getNameEl(), "nothing changed");
        assertTrue(people.lobbyists(id).isEmpty());

        // an organisation entered by an ADMIN has no representative: no lobbyist may change it
        long entered = admin.call(() -> fixtures.organisation(Fixtures.uniqueName("Οργανισμός Διαχειριστή")));
        assertRefused(() -> lobbyist.call(() -> people.addLobbyist(entered, "Κάποιος", null, null)));

        // officials do not register organisations; lobbyists do not confirm them
        assertInstanceOf(EJBAccessException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> official.call(() -> registrations.register(form(Fixtures.uniqueName("Υπουργικός"), OrganisationCategory.NGO))))));
        assertInstanceOf(EJBAccessException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> lobbyist.call(() -> organisations.confirm(id)))));
        assertInstanceOf(EJBAccessException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> lobbyist.call(() -> registrations.approveChange(id)))));
    }

    @Test
    void aConsultancyDeclaresItsClientsAndItsPeopleWhichThePublicSeesOnlyOnceAnAdminConfirmsThem() throws Exception {
        String name = Fixtures.uniqueName("Σύμβουλοι Πελατών");
        long id = lobbyist.call(() -> registrations.register(form(name, OrganisationCategory.CONSULTANCY))).getId();
        String known = Fixtures.uniqueName("Ναυτιλιακή Δοκιμής");
        long knownId = admin.call(() -> fixtures.organisation(known));
        String unknown = Fixtures.uniqueName("Άγνωστη Βιομηχανία");

        OrganisationChoice linked = lobbyist.call(() -> people.addClient(id, known.toUpperCase()));
        assertEquals(knownId, linked.id(), "matched by name, whatever the case");
        OrganisationChoice proposed = lobbyist.call(() -> people.addClient(id, unknown));
        assertEquals(OrganisationStatus.PENDING, proposed.status(), "a client the register lacks is proposed to its ADMINs");
        assertInstanceOf(InvalidInputException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> lobbyist.call(() -> people.addClient(id, known)))), "the same client twice");
        lobbyist.call(() -> people.addLobbyist(id, "Άρης Συμβουλίδης", "Ειδικός σύμβουλος υπουργού", null));

        // the representative sees what they entered, marked as waiting; the public sees none of it
        OrganisationEntries entered = lobbyist.call(() -> people.entries(id));
        assertEquals(List.of(known, unknown).stream().sorted().toList(),
                entered.clients().stream().map(c -> c.client().nameEl()).toList());
        assertEquals(List.of("Άρης Συμβουλίδης"), entered.lobbyists().stream().map(LobbyistView::name).toList());
        assertTrue(entered.isWaiting());
        assertTrue(people.clients(id).isEmpty(), "a pending registration's clients are not public");
        assertTrue(people.lobbyists(id).isEmpty(), "nor the persons it names");
        assertInstanceOf(NotFoundException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> directory.organisation(id))), "nor the organisation itself");
        assertTrue(directory.organisations(new DirectoryFilter(name, null, null, null, null, null, null, null), null, 10).items().isEmpty());
        assertInstanceOf(NotFoundException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> pages.profile(id))));
        assertFalse(pages.isPublic(id));
        assertRefused(() -> otherLobbyist.call(() -> people.entries(id)));

        // a name nobody checked is offered to its proposer and the ADMINs, not to other filers
        String typed = unknown.substring(0, unknown.length() - 2);
        assertTrue(lobbyist.call(() -> organisations.suggest(typed, 10)).stream().anyMatch(o -> o.nameEl().equals(unknown)));
        assertTrue(admin.call(() -> organisations.suggest(typed, 10)).stream().anyMatch(o -> o.nameEl().equals(unknown)));
        assertTrue(otherLobbyist.call(() -> organisations.suggest(typed, 10)).isEmpty());
        assertTrue(official.call(() -> organisations.suggest(typed, 10)).isEmpty());

        // the ADMIN confirms the registration as its page shows it: the entries become public, the unchecked client
        // record (still pending) does not
        admin.call(() -> organisations.confirm(id));
        assertEquals(name, directory.organisation(id).nameEl());
        assertTrue(pages.isPublic(id));
        assertEquals(List.of(known), people.clients(id).stream().map(OrganisationChoice::nameEl).toList());
        assertEquals(List.of("Άρης Συμβουλίδης"), people.lobbyists(id).stream().map(LobbyistView::name).toList());

        // later entries wait again, until the ADMIN confirms them
        lobbyist.call(() -> people.addLobbyist(id, "Βέρα Συμβουλίδου", null, null));
        assertEquals(List.of("Άρης Συμβουλίδης"), people.lobbyists(id).stream().map(LobbyistView::name).toList());
        assertInstanceOf(EJBAccessException.class, Thrown.unwrap(assertThrows(Exception.class,
                () -> lobbyist.call(() -> people.confirmEntries(id)))), "a representative does not confirm their own entries");
        assertEquals(1, admin.call(() -> people.confirmEntries(id)));
        assertEquals(List.of("Άρης Συμβουλίδης", "Βέρα Συμβουλίδου"),
                people.lobbyists(id).stream().map(LobbyistView::name).toList());
        assertFalse(admin.call(() -> people.entries(id)).isWaiting());
        // what an ADMIN enters is public at once
        admin.call(() -> people.addLobbyist(id, "Γιάννης Διαχειριστής", null, null));
        assertEquals(3, people.lobbyists(id).size());

        // an NGO lobbies for itself: it has no clients to declare
        long ngo = lobbyist.call(() -> registrations.register(form(Fixtures.uniqueName("Μη Κερδοσκοπική"), OrganisationCategory.NGO))).getId();
        InvalidInputException refused = (InvalidInputException) Thrown.unwrap(assertThrows(Exception.class,
                () -> lobbyist.call(() -> people.addClient(ngo, known))));
        assertEquals("client.notConsultancy", refused.getMessageKey());
    }

    @Test
    void aMalformedTransparencyRegisterIdIsRefusedAndNothingIsStored() throws Exception {
        String name = Fixtures.uniqueName("Λάθος Αναγνωριστικό");
        OrganisationForm form = form(name, OrganisationCategory.TRADE_ASSOCIATION);
        form.setEuTransparencyId("12345-6");
        EJBException refused = assertThrows(EJBException.class, () -> lobbyist.call(() -> registrations.register(form)));
        var violation = ((ConstraintViolationException) refused.getCause()).getConstraintViolations().iterator().next();
        assertTrue(violation.getPropertyPath().toString().endsWith("euTransparencyId"));
        assertEquals(0, database.count("select count(o) from Organisation o where o.nameEl = ?1", name));

        // leading zeros are part of the identifier and kept
        form.setEuTransparencyId("000" + (100_000_000 + (System.nanoTime() % 800_000_000)) + "-07");
        long id = lobbyist.call(() -> registrations.register(form)).getId();
        assertEquals(form.getEuTransparencyId(), database.find(Organisation.class, id).getEuTransparencyId());
    }

    private long refusals(long organisationId) {
        return database.count("select count(a) from AuditEntry a where a.action = ?1 and a.objectId = ?2",
                AuditAction.ACCESS_REFUSED, String.valueOf(organisationId));
    }

    private static OrganisationForm form(String name, OrganisationCategory category) {
        OrganisationForm form = new OrganisationForm();
        form.setNameEl(name);
        form.setCategory(category);
        return form;
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call) {
        assertInstanceOf(AccessRefusedException.class, Thrown.unwrap(assertThrows(Exception.class, call)));
    }

}
