package gr.integrity.register.organisation;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.validation.PlainTextValidator;
import gr.integrity.register.declaration.Numbers;
import gr.integrity.register.registry.Forms;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.RegistrySettings;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Who lobbies for an organisation: the persons who do (with the public positions they held before, flagged while
 * the cooling-off period runs) and, for consultancies and law firms, the clients they lobby for. An ADMIN keeps
 * any organisation's; a LOBBYIST only those of the organisations they represent. What a LOBBYIST enters waits for
 * an ADMIN's confirmation before the public sees it, and the public sees the entries of confirmed organisations
 * only: a representative cannot publish a name, a past position or a client the register has not checked.
 */
@Stateless
public class OrganisationPeople {

    /** The setting: months after leaving a public position during which a lobbyist is flagged a former official. */
    public static final String COOLING_OFF = "lobbying.coolingOffMonths";
    /** Its default: the 18 months law 4829/2021 sets for former officials taking up lobbying consultancy. */
    public static final int COOLING_OFF_DEFAULT_MONTHS = 18;
    /** The categories that lobby on behalf of clients, and so declare them. */
    public static final Set<OrganisationCategory> WITH_CLIENTS = Set.of(OrganisationCategory.CONSULTANCY,
            OrganisationCategory.LAW_FIRM);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CurrentAccount currentAccount;

    @Inject
    private OrganisationLinks links;

    @Inject
    private RegistrySettings settings;

    /** A person who lobbies for the organisation, with the public position they held before (both optional). */
    @RolesAllowed({Roles.ADMIN, Roles.LOBBYIST})
    public LobbyistView addLobbyist(long organisationId, String fullName, String pastPosition, LocalDate positionEnded) {
        Organisation organisation = changeable(organisationId);
        String name = Forms.clean(fullName);
        String position = Forms.clean(pastPosition);
        if (name == null || name.length() > 200 || !PlainTextValidator.isPlain(name, false)) {
            throw new InvalidInputException("lobbyist.name", "lobbyistName", 200);
        }
        if (position != null && (position.length() > 300 || !PlainTextValidator.isPlain(position, false))) {
            throw new InvalidInputException("lobbyist.position", "pastPosition", 300);
        }
        if (positionEnded != null && positionEnded.isAfter(LocalDate.now(Obligation.ATHENS))) {
            throw new InvalidInputException("lobbyist.endedInFuture", "positionEnded");
        }
        if (positionEnded != null && position == null) {
            throw new InvalidInputException("lobbyist.positionRequired", "pastPosition");
        }
        OrganisationLobbyist lobbyist = new OrganisationLobbyist(organisation, name, position, positionEnded,
                currentAccount.username());
        if (currentAccount.isInRole(Roles.ADMIN)) {
            lobbyist.confirm(currentAccount.username());
        }
        em.persist(lobbyist);
        em.flush();
        audit.record(AuditAction.ORGANISATION_CHANGED, "Organisation", organisationId, "lobbyist " + name);
        return view(lobbyist, coolingOffMonths(), LocalDate.now(Obligation.ATHENS), true);
    }

    /**
     * An ADMIN says who a lobbyist the register could not match for itself is: one of the register's namesakes
     * ({@code personId}), or none of them ({@code personId} null). The revolving door is then judged on that
     * person's mandates, or on the position entered.
     */
    @RolesAllowed(Roles.ADMIN)
    public LobbyistView decidePerson(long lobbyistId, Long personId) {
        OrganisationLobbyist lobbyist = em.find(OrganisationLobbyist.class, lobbyistId);
        if (lobbyist == null) {
            throw new NotFoundException("OrganisationLobbyist", lobbyistId);
        }
        changeable(lobbyist.getOrganisation().getId());
        LobbyistPersons persons = new LobbyistPersons(em);
        if (personId == null) {
            lobbyist.decideNoneOfTheNamesakes(currentAccount.username());
        } else {
            Person person = persons.namesakes(lobbyist.getFullName()).stream()
                    .filter(p -> p.getId().equals(personId)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("lobbyist.notANamesake", "person"));
            lobbyist.decideIsPerson(person, currentAccount.username());
        }
        audit.record(AuditAction.ORGANISATION_CHANGED, "Organisation", lobbyist.getOrganisation().getId(),
                "lobbyist " + lobbyistId + (personId == null ? " is none of the register's namesakes"
                        : " is person " + personId));
        return view(lobbyist, coolingOffMonths(), LocalDate.now(Obligation.ATHENS), true);
    }

    /**
     * The persons who lobby for an organisation as the public sees them: the confirmed entries of a confirmed
     * organisation, each flagged while the cooling-off period of the setting runs.
     */
    @PermitAll
    public List<LobbyistView> lobbyists(long organisationId) {
        return lobbyistsOf(organisationId, true);
    }

    /**
     * Everything entered for an organisation, confirmed or waiting: for its representative (who gets only their
     * own organisations') and ADMINs.
     */
    @RolesAllowed({Roles.ADMIN, Roles.LOBBYIST})
    public OrganisationEntries entries(long organisationId) {
        readable(organisationId);
        List<ClientEntry> clients = em.createQuery("select c from OrganisationClient c where c.organisation.id = :id",
                        OrganisationClient.class).setParameter("id", organisationId).getResultStream()
                .map(c -> new ClientEntry(OrganisationChoice.of(c.getClient().survivor()), c.isConfirmed()))
                .sorted(java.util.Comparator.comparing(c -> c.client().nameEl())).toList();
        return new OrganisationEntries(lobbyistsOf(organisationId, false), clients);
    }

    /**
     * An ADMIN confirms what a representative entered for the organisation (its persons and clients), which the
     * public then sees; answers how many entries were confirmed.
     */
    @RolesAllowed(Roles.ADMIN)
    public int confirmEntries(long organisationId) {
        Organisation organisation = changeable(organisationId);
        int confirmed = confirmWaiting(em, organisation, currentAccount.username());
        if (confirmed > 0) {
            audit.record(AuditAction.ORGANISATION_ENTRIES_CONFIRMED, "Organisation", organisationId,
                    String.valueOf(confirmed));
        }
        return confirmed;
    }

    /** Confirms every waiting entry of an organisation (its record being confirmed confirms them too). */
    static int confirmWaiting(EntityManager em, Organisation organisation, String by) {
        int confirmed = 0;
        for (OrganisationLobbyist lobbyist : em.createQuery("select l from OrganisationLobbyist l"
                        + " where l.organisation = :o and l.confirmedAt is null", OrganisationLobbyist.class)
                .setParameter("o", organisation).getResultList()) {
            lobbyist.confirm(by);
            confirmed++;
        }
        for (OrganisationClient client : em.createQuery("select c from OrganisationClient c"
                        + " where c.organisation = :o and c.confirmedAt is null", OrganisationClient.class)
                .setParameter("o", organisation).getResultList()) {
            client.confirm(by);
            confirmed++;
        }
        return confirmed;
    }

    private List<LobbyistView> lobbyistsOf(long organisationId, boolean publicOnly) {
        int months = coolingOffMonths();
        LocalDate today = LocalDate.now(Obligation.ATHENS);
        String checked = publicOnly ? " and l.confirmedAt is not null and l.organisation.status = :confirmed" : "";
        var query = em.createQuery("select l from OrganisationLobbyist l where l.organisation.id = :id" + checked
                + " order by l.fullName", OrganisationLobbyist.class).setParameter("id", organisationId);
        if (publicOnly) {
            query.setParameter("confirmed", OrganisationStatus.CONFIRMED);
        }
        return query.getResultStream().map(l -> view(l, months, today, !publicOnly)).toList();
    }

    /**
     * A client a consultancy or law firm lobbies for, named as the register knows it (or proposed to its ADMINs when
     * it does not).
     */
    @RolesAllowed({Roles.ADMIN, Roles.LOBBYIST})
    public OrganisationChoice addClient(long organisationId, String clientName) {
        Organisation organisation = changeable(organisationId);
        if (!WITH_CLIENTS.contains(organisation.getCategory())) {
            throw new InvalidInputException("client.notConsultancy", "clientName");
        }
        String name = Forms.clean(clientName);
        if (name == null || name.length() > Organisation.NAME_MAX || !PlainTextValidator.isPlain(name, false)) {
            throw new InvalidInputException("client.name", "clientName", Organisation.NAME_MAX);
        }
        Organisation client = links.named(name, currentAccount.username()).survivor();
        if (client.getId().equals(organisation.getId())) {
            throw new InvalidInputException("client.itself", "clientName");
        }
        if (em.find(OrganisationClient.class, new OrganisationClient.Key(organisation.getId(), client.getId())) != null) {
            throw new InvalidInputException("client.already", "clientName", client.getNameEl());
        }
        OrganisationClient entry = new OrganisationClient(organisation, client, currentAccount.username());
        if (currentAccount.isInRole(Roles.ADMIN)) {
            entry.confirm(currentAccount.username());
        }
        em.persist(entry);
        audit.record(AuditAction.ORGANISATION_CHANGED, "Organisation", organisationId, "client " + client.getId());
        return OrganisationChoice.of(client);
    }

    /**
     * The clients an organisation lobbies for as the public sees them, as their records answer now (after merges):
     * confirmed entries of a confirmed organisation, naming confirmed records.
     */
    @PermitAll
    public List<OrganisationChoice> clients(long organisationId) {
        return em.createQuery("select c.client from OrganisationClient c where c.organisation.id = :id"
                                + " and c.confirmedAt is not null and c.organisation.status = :confirmed",
                        Organisation.class).setParameter("id", organisationId)
                .setParameter("confirmed", OrganisationStatus.CONFIRMED).getResultStream()
                .map(Organisation::survivor).filter(o -> o.getStatus() == OrganisationStatus.CONFIRMED)
                .distinct().map(OrganisationChoice::of)
                .sorted(java.util.Comparator.comparing(OrganisationChoice::nameEl)).toList();
    }

    /**
     * An organisation the caller may change: any for an ADMIN, only one they represent for a LOBBYIST (a refusal
     * is recorded). A merged record is changed through its survivor.
     */
    @RolesAllowed({Roles.ADMIN, Roles.LOBBYIST})
    public Organisation changeable(long organisationId) {
        Organisation organisation = readable(organisationId);
        if (organisation.isMerged()) {
            throw new ConflictException("organisation.merged");
        }
        return organisation;
    }

    /** An organisation whose entries the caller may see in full: any for an ADMIN, their own for a LOBBYIST. */
    private Organisation readable(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new NotFoundException("Organisation", organisationId);
        }
        if (!currentAccount.isInRole(Roles.ADMIN) && !organisation.isRepresentedBy(currentAccount.get())) {
            audit.recordIndependently(AuditAction.ACCESS_REFUSED, "Organisation", organisationId, null);
            throw new AccessRefusedException();
        }
        return organisation;
    }

    /**
     * A lobbyist as shown: when the register knows who they are, the revolving door is judged on their latest
     * mandate (one still held is flagged too); otherwise on the position entered.
     */
    private LobbyistView view(OrganisationLobbyist l, int months, LocalDate today, boolean withCandidates) {
        PersonMatch match = new LobbyistPersons(em).match(l, withCandidates);
        String position = l.getPastPosition();
        LocalDate ended = l.getPositionEnded();
        boolean inOffice = false;
        if (match.linked() && !match.person().posts().isEmpty()) {
            PersonMatch.Post latest = match.person().posts().get(0);
            position = latest.title() + ", " + latest.institution();
            ended = latest.end();
            inOffice = ended == null;
        }
        LocalDate until = ended == null ? null : ended.plusMonths(months);
        boolean flagged = inOffice || until != null && until.isAfter(today);
        return new LobbyistView(l.getId(), l.getFullName(), position, ended, until, flagged, l.isConfirmed(), match);
    }

    private int coolingOffMonths() {
        return Numbers.valueOr(settings.value(COOLING_OFF, String.valueOf(COOLING_OFF_DEFAULT_MONTHS)),
                BigDecimal.valueOf(COOLING_OFF_DEFAULT_MONTHS)).intValue();
    }
}
