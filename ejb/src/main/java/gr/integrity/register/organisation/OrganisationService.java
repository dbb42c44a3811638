package gr.integrity.register.organisation;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.DuplicateException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.Queries;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.common.TextKeys;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation register: the picker's suggestions for anyone filing, and the ADMIN's work on it (enter, correct,
 * confirm what declarations proposed, merge duplicates). A merge keeps the duplicate as a record pointing at the
 * survivor, so every id already stored in a declaration still finds the organisation.
 */
@Stateless
public class OrganisationService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private CurrentAccount currentAccount;

    /**
     * Organisations whose name (current, former or merged) contains the words typed, confirmed ones first. Merged
     * records are offered as their survivor. A pending record is offered to ADMINs and auditors, and to whoever
     * proposed it, never to other filers: it is a name taken from someone's filing that nobody has checked.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.AUDITOR, Roles.LOBBYIST, Roles.LIAISON})
    public List<OrganisationChoice> suggest(String text, int limit) {
        String key = TextKeys.fold(text);
        if (key.length() < 2 || key.length() > Organisation.NAME_MAX) {
            return List.of();
        }
        int max = Math.max(1, Math.min(limit, 50));
        String like = Queries.contains(key);
        Map<Long, Organisation> found = new LinkedHashMap<>();
        boolean seesPending = currentAccount.isInRole(Roles.ADMIN) || currentAccount.isInRole(Roles.AUDITOR);
        String me = currentAccount.username();
        String offered = seesPending ? "o.status <> :merged"
                : "(o.status = :confirmed or (o.status = :pending and o.proposedBy = :me))";
        var query = em.createQuery("select o from Organisation o where " + offered + " and (o.nameKey like :key"
                        + Queries.LIKE_ESCAPE + " or lower(o.nameEn) like :key" + Queries.LIKE_ESCAPE + ")"
                        + " order by case when o.status = :confirmed then 0 else 1 end,"
                        + " case when o.nameKey like :start" + Queries.LIKE_ESCAPE + " then 0 else 1 end, o.nameKey",
                        Organisation.class)
                .setParameter("confirmed", OrganisationStatus.CONFIRMED)
                .setParameter("key", like).setParameter("start", Queries.startsWith(key));
        if (seesPending) {
            query.setParameter("merged", OrganisationStatus.MERGED);
        } else {
            query.setParameter("me", me).setParameter("pending", OrganisationStatus.PENDING);
        }
        query.setMaxResults(max).getResultList().forEach(o -> found.put(o.getId(), o));
        if (found.size() < max) {
            em.createQuery("select n.organisation from OrganisationName n where n.nameKey like :key" + Queries.LIKE_ESCAPE,
                            Organisation.class)
                    .setParameter("key", like).setMaxResults(max).getResultList().stream().map(Organisation::survivor)
                    .filter(o -> seesPending || o.getStatus() == OrganisationStatus.CONFIRMED
                            || o.getStatus() == OrganisationStatus.PENDING && me.equals(o.getProposedBy()))
                    .forEach(o -> found.putIfAbsent(o.getId(), o));
        }
        return found.values().stream().limit(max).map(OrganisationChoice::of).toList();
    }

    /** The record answering for an id: the organisation itself, or the one it was merged into. */
    @PermitAll
    public Organisation resolve(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("Organisation", id);
        }
        return organisation.survivor();
    }

    /** An organisation as a picker shows it (its survivor, if it was merged). */
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN, Roles.AUDITOR, Roles.LOBBYIST, Roles.LIAISON})
    public OrganisationChoice choice(long id) {
        return OrganisationChoice.of(resolve(id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public Organisation get(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("Organisation", id);
        }
        return organisation;
    }

    /** The other names of an organisation: former names and those of records merged into it. */
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<OrganisationName> otherNames(long id) {
        return em.createQuery("select n from OrganisationName n where n.organisation.id = :id order by n.recordedAt, n.id",
                OrganisationName.class).setParameter("id", id).getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public ResultPage<Organisation> search(String text, OrganisationStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (text != null && !text.isBlank()) {
            where.append(" and o.nameKey like :text").append(Queries.LIKE_ESCAPE);
        }
        where.append(status == null ? " and o.status <> :merged" : " and o.status = :status");
        TypedQuery<Long> count = em.createQuery("select count(o) from Organisation o" + where, Long.class);
        String order = "createdAt".equals(page.sortField()) ? "o.createdAt" : "o.nameKey";
        TypedQuery<Organisation> query = em.createQuery("select o from Organisation o" + where + " order by " + order
                + (page.ascending() ? " asc" : " desc") + ", o.id", Organisation.class);
        if (text != null && !text.isBlank()) {
            String like = Queries.contains(TextKeys.fold(text));
            count.setParameter("text", like);
            query.setParameter("text", like);
        }
        if (status == null) {
            count.setParameter("merged", OrganisationStatus.MERGED);
            query.setParameter("merged", OrganisationStatus.MERGED);
        } else {
            count.setParameter("status", status);
            query.setParameter("status", status);
        }
        return new ResultPage<>(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public long pendingCount() {
        return em.createQuery("select count(o) from Organisation o where o.status = :pending", Long.class)
                .setParameter("pending", OrganisationStatus.PENDING).getSingleResult();
    }

    /** An organisation an ADMIN enters: confirmed from the start. */
    @RolesAllowed(Roles.ADMIN)
    public Organisation create(@NotNull @Valid OrganisationForm form) {
        requireUnique(em, form, null);
        Organisation organisation = new Organisation(form.getNameEl(), OrganisationStatus.PENDING,
                currentAccount.username());
        form.applyTo(organisation);
        organisation.confirm(currentAccount.username());
        em.persist(organisation);
        em.flush();
        audit.record(AuditAction.ORGANISATION_CREATED, "Organisation", organisation.getId(), form.getNameEl());
        return organisation;
    }

    /** Corrects an organisation; a changed Greek name is kept among its former names, so matching still finds it. */
    @RolesAllowed(Roles.ADMIN)
    public Organisation update(long id, @NotNull @Valid OrganisationForm form) {
        Organisation organisation = get(id);
        if (organisation.isMerged()) {
            throw new ConflictException("organisation.merged");
        }
        if (form.getVersion() != null && form.getVersion() != organisation.getVersion()) {
            throw new ConflictException("error.changedMeanwhile");
        }
        requireUnique(em, form, id);
        String before = organisation.getNameEl();
        if (!TextKeys.fold(before).equals(TextKeys.fold(form.getNameEl()))) {
            em.persist(new OrganisationName(organisation, before, OrganisationName.Kind.FORMER, null));
        }
        form.applyTo(organisation);
        audit.record(AuditAction.ORGANISATION_CHANGED, "Organisation", id, form.getNameEl());
        return organisation;
    }

    @RolesAllowed(Roles.ADMIN)
    public Organisation confirm(long id) {
        Organisation organisation = get(id);
        if (organisation.getStatus() != OrganisationStatus.PENDING) {
            throw new ConflictException("organisation.notPending");
        }
        organisation.confirm(currentAccount.username());
        // the ADMIN confirms the entry as its page shows it, with the persons and clients entered so far
        int entries = OrganisationPeople.confirmWaiting(em, organisation, currentAccount.username());
        audit.record(AuditAction.ORGANISATION_CONFIRMED, "Organisation", id, organisation.getNameEl()
                + (entries > 0 ? " (" + entries + " entries)" : ""));
        return organisation;
    }

    /**
     * Merges a duplicate into the record that survives. The survivor takes the duplicate's names (for matching) and
     * the identifiers it lacks; records earlier merged into the duplicate now point at the survivor.
     */
    @RolesAllowed(Roles.ADMIN)
    public Organisation merge(long duplicateId, long survivorId) {
        if (duplicateId == survivorId) {
            throw new InvalidInputException("organisation.mergeSelf", "survivor");
        }
        Organisation duplicate = get(duplicateId);
        Organisation survivor = get(survivorId);
        if (duplicate.isMerged() || survivor.isMerged()) {
            throw new ConflictException("organisation.merged");
        }
        List<String> names = new ArrayList<>();
        names.add(duplicate.getNameEl());
        if (duplicate.getNameEn() != null) {
            names.add(duplicate.getNameEn());
        }
        for (String name : names) {
            em.persist(new OrganisationName(survivor, name, OrganisationName.Kind.MERGED, duplicateId));
        }
        em.createQuery("update OrganisationName n set n.organisation = :survivor where n.organisation = :duplicate")
                .setParameter("survivor", survivor).setParameter("duplicate", duplicate).executeUpdate();
        em.createQuery("update Organisation o set o.mergedInto = :survivor where o.mergedInto = :duplicate")
                .setParameter("survivor", survivor).setParameter("duplicate", duplicate).executeUpdate();
        String euId = duplicate.getEuTransparencyId();
        duplicate.setEuTransparencyId(null);
        em.flush(); // the EU id is unique: free it before the survivor takes it
        if (survivor.getEuTransparencyId() == null) {
            survivor.setEuTransparencyId(euId);
        }
        if (survivor.getRegistrationNumber() == null) {
            survivor.setRegistrationNumber(duplicate.getRegistrationNumber());
        }
        if (survivor.getWebsite() == null) {
            survivor.setWebsite(duplicate.getWebsite());
        }
        duplicate.mergeInto(survivor);
        audit.record(AuditAction.ORGANISATION_MERGED, "Organisation", duplicateId,
                "into " + survivorId + " " + survivor.getNameEl());
        return survivor;
    }


    /** Refuses a name a confirmed organisation already has, and an EU Transparency Register ID already taken. */
    static void requireUnique(EntityManager em, OrganisationForm form, Long exceptId) {
        List<Long> sameName = em.createQuery("select o.id from Organisation o where o.nameKey = :key"
                        + " and o.status = :confirmed", Long.class)
                .setParameter("key", TextKeys.fold(form.getNameEl()))
                .setParameter("confirmed", OrganisationStatus.CONFIRMED).getResultList();
        if (sameName.stream().anyMatch(found -> !found.equals(exceptId))) {
            throw new DuplicateException("organisation.duplicateName", "nameEl", form.getNameEl());
        }
        if (form.getEuTransparencyId() != null) {
            List<Long> sameId = em.createQuery("select o.id from Organisation o where o.euTransparencyId = :eu", Long.class)
                    .setParameter("eu", form.getEuTransparencyId()).getResultList();
            if (sameId.stream().anyMatch(found -> !found.equals(exceptId))) {
                throw new DuplicateException("organisation.duplicateEuId", "euTransparencyId", form.getEuTransparencyId());
            }
        }
    }
}
