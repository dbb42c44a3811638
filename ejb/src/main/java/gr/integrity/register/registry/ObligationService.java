package gr.integrity.register.registry;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.Queries;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.common.TextKeys;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Obligations: listed for ADMIN and AUDITOR, shown to each official as their own; deadlines extended by ADMIN. */
@Stateless
public class ObligationService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<DeadlinesExtended> extended;

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public ResultPage<Obligation> search(ObligationFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.personText() != null && !filter.personText().isBlank()) {
            where.append(" and o.person.searchKey like :text").append(Queries.LIKE_ESCAPE);
            parameters.put("text", Queries.contains(TextKeys.fold(filter.personText())));
        }
        if (filter.type() != null) {
            where.append(" and o.declarationType = :type");
            parameters.put("type", filter.type());
        }
        if (filter.kind() != null) {
            where.append(" and o.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.periodYear() != null) {
            where.append(" and o.periodYear = :year");
            parameters.put("year", filter.periodYear());
        }
        if (filter.category() != null) {
            where.append(" and o.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.institutionId() != null) {
            where.append(" and o.mandate.position.institution.id = :institution");
            parameters.put("institution", filter.institutionId());
        }
        if (Boolean.TRUE.equals(filter.overdueOnly())) {
            where.append(" and o.deadline < :today");
            parameters.put("today", LocalDate.now(Obligation.ATHENS));
        }
        TypedQuery<Long> count = em.createQuery("select count(o) from Obligation o" + where, Long.class);
        String order = "person".equals(page.sortField()) ? "o.person.familyName"
                : "periodYear".equals(page.sortField()) ? "o.periodYear" : "o.deadline";
        TypedQuery<Obligation> query = em.createQuery("select o from Obligation o join fetch o.person"
                + " join fetch o.mandate m join fetch m.position p join fetch p.institution" + where
                + " order by " + order + (page.ascending() ? " asc" : " desc") + ", o.id", Obligation.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            query.setParameter(name, value);
        });
        return new ResultPage<>(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** The signed-in official's own obligations, latest first. */
    @RolesAllowed(Roles.OFFICIAL)
    public List<Obligation> mine() {
        Account account = currentAccount.get();
        if (account.getPerson() == null) {
            return List.of();
        }
        return em.createQuery("select o from Obligation o join fetch o.mandate m join fetch m.position p"
                        + " join fetch p.institution where o.person.id = :person"
                        + " order by o.deadline desc, o.declarationType", Obligation.class)
                .setParameter("person", account.getPerson().getId()).getResultList();
    }

    /**
     * Moves a deadline later, for every obligation of a type, kind and period, or only for one category.
     * An extension never shortens a deadline.
     */
    @RolesAllowed(Roles.ADMIN)
    public DeadlineExtension extend(DeclarationType type, ObligationKind kind, int periodYear, ObligedCategory category,
                                    LocalDate newDeadline, String reason) {
        if (type == null || type == DeclarationType.MEETING) {
            throw new InvalidInputException("extension.typeRequired", "type");
        }
        if (kind == null) {
            throw new InvalidInputException("extension.kindRequired", "kind");
        }
        if (periodYear < 2000 || periodYear > LocalDate.now().getYear() + 1) {
            throw new InvalidInputException("extension.yearOutOfRange", "periodYear");
        }
        if (newDeadline == null) {
            throw new InvalidInputException("extension.deadlineRequired", "newDeadline");
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidInputException("extension.reasonRequired", "reason");
        }
        String categoryClause = category == null ? "" : " and o.category = :category";
        var update = em.createQuery("update Obligation o set o.deadline = :deadline, o.dueAt = :due,"
                        + " o.version = o.version + 1 where o.declarationType = :type and o.kind = :kind"
                        + " and o.periodYear = :year and o.deadline < :deadline" + categoryClause)
                .setParameter("deadline", newDeadline)
                .setParameter("due", Obligation.endOfDay(newDeadline))
                .setParameter("type", type)
                .setParameter("kind", kind)
                .setParameter("year", periodYear);
        if (category != null) {
            update.setParameter("category", category);
        }
        int affected = update.executeUpdate();
        DeadlineExtension extension = new DeadlineExtension(type, kind, periodYear, category, newDeadline,
                reason.strip(), affected, currentAccount.username());
        em.persist(extension);
        em.flush();
        extended.fire(new DeadlinesExtended(type, kind, periodYear, category));
        audit.record(AuditAction.DEADLINE_EXTENDED, "DeadlineExtension", extension.getId(),
                type + "/" + kind + "/" + periodYear + "/" + (category == null ? "ALL" : category)
                        + " -> " + newDeadline + " (" + affected + ")");
        return extension;
    }

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<DeadlineExtension> extensions() {
        return em.createQuery("select e from DeadlineExtension e order by e.createdAt desc", DeadlineExtension.class)
                .setMaxResults(200).getResultList();
    }
}
