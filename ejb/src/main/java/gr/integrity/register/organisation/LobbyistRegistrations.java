package gr.integrity.register.organisation;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * The lobbying register as interest representatives keep it: a LOBBYIST account registers its organisation, which
 * stays PENDING until an ADMIN confirms it, and keeps the entry up to date. While the entry is pending, changes
 * apply at once (nobody relies on it yet); once confirmed, a change is a proposal that an ADMIN approves or
 * rejects, so the public entry shows only what was checked.
 */
@Stateless
public class LobbyistRegistrations {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private OrganisationPeople people;

    @EJB
    private OrganisationService organisations;

    @jakarta.inject.Inject
    private Validator validator;

    /** Registers the caller's organisation: pending, represented by the caller, until an ADMIN confirms it. */
    @RolesAllowed(Roles.LOBBYIST)
    public Organisation register(@NotNull @Valid OrganisationForm form) {
        OrganisationService.requireUnique(em, form, null);
        Organisation organisation = new Organisation(form.getNameEl(), OrganisationStatus.PENDING,
                currentAccount.username());
        form.applyTo(organisation);
        organisation.representedBy(currentAccount.get());
        em.persist(organisation);
        em.flush();
        audit.record(AuditAction.ORGANISATION_PROPOSED, "Organisation", organisation.getId(),
                "registered by its representative: " + form.getNameEl());
        return organisation;
    }

    /** The organisations the caller represents. */
    @RolesAllowed(Roles.LOBBYIST)
    public List<Organisation> mine() {
        return em.createQuery("select o from Organisation o where o.representative = :me order by o.nameKey",
                Organisation.class).setParameter("me", currentAccount.get()).getResultList();
    }

    /**
     * The representative's change to their entry: applied while it is pending, proposed for approval once it is
     * confirmed (a later proposal replaces an earlier one not yet decided).
     */
    @RolesAllowed(Roles.LOBBYIST)
    public Organisation update(long id, @NotNull @Valid OrganisationForm form) {
        Organisation organisation = people.changeable(id);
        if (form.getVersion() != null && form.getVersion() != organisation.getVersion()) {
            throw new ConflictException("error.changedMeanwhile");
        }
        OrganisationService.requireUnique(em, form, id);
        if (organisation.getStatus() == OrganisationStatus.PENDING) {
            form.applyTo(organisation);
            audit.record(AuditAction.ORGANISATION_CHANGED, "Organisation", id, "by its representative");
        } else {
            form.setVersion(null);
            organisation.propose(json().toJson(form));
            audit.record(AuditAction.ORGANISATION_CHANGE_PROPOSED, "Organisation", id, form.getNameEl());
        }
        return organisation;
    }

    /** The change the representative proposed, as a form; null when none waits. */
    @RolesAllowed({Roles.ADMIN, Roles.LOBBYIST})
    public OrganisationForm proposedChange(long id) {
        Organisation organisation = people.changeable(id);
        return organisation.getProposedChange() == null ? null
                : json().fromJson(organisation.getProposedChange(), OrganisationForm.class);
    }

    /** Applies the proposed change, checked again as if the ADMIN had typed it. */
    @RolesAllowed(Roles.ADMIN)
    public Organisation approveChange(long id) {
        OrganisationForm form = proposedChange(id);
        if (form == null) {
            throw new ConflictException("organisation.noProposal");
        }
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Organisation organisation = organisations.update(id, form);
        organisation.propose(null);
        audit.record(AuditAction.ORGANISATION_CHANGE_DECIDED, "Organisation", id, "approved");
        return organisation;
    }

    @RolesAllowed(Roles.ADMIN)
    public Organisation rejectChange(long id) {
        Organisation organisation = people.changeable(id);
        if (organisation.getProposedChange() == null) {
            throw new ConflictException("organisation.noProposal");
        }
        organisation.propose(null);
        audit.record(AuditAction.ORGANISATION_CHANGE_DECIDED, "Organisation", id, "rejected");
        return organisation;
    }

    /** How many confirmed entries wait for a decision on a change their representatives proposed. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public long proposalCount() {
        return em.createQuery("select count(o) from Organisation o where o.proposedChange is not null", Long.class)
                .getSingleResult();
    }

    private static Jsonb json() {
        return JsonbBuilder.create();
    }
}
