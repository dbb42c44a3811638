package gr.integrity.register.review;

import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Obligations past their deadline with nothing submitted. They are listed for auditors, and a nightly pass flags
 * each one on its person (MISSING_FILING), lifting the flag once the declaration is filed.
 */
@Stateless
public class MissingFilings {

    /** An obligation counts as filed once a declaration answering it has a submitted version. */
    static final String UNFILED = " not exists (select d.id from Declaration d where d.obligation = o and d.latestVersionNo > 0)";

    @PersistenceContext
    private EntityManager em;

    /** Missing filings, longest overdue first; of one institution if given. */
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public ResultPage<MissingFiling> list(Long institutionId, PageRequest page) {
        LocalDate today = LocalDate.now(Obligation.ATHENS);
        String where = " where o.deadline < :today and" + UNFILED
                + (institutionId == null ? "" : " and o.mandate.position.institution.id = :institution");
        TypedQuery<Long> count = em.createQuery("select count(o) from Obligation o" + where, Long.class);
        TypedQuery<Obligation> query = em.createQuery("select o from Obligation o" + where
                + " order by o.deadline, o.id", Obligation.class);
        for (TypedQuery<?> q : List.of(count, query)) {
            q.setParameter("today", today);
            if (institutionId != null) {
                q.setParameter("institution", institutionId);
            }
        }
        List<MissingFiling> items = query.setFirstResult(page.first()).setMaxResults(page.size()).getResultStream()
                .map(o -> new MissingFiling(o.getId(), o.getPerson().getId(), o.getPerson().fullName(false),
                        o.getMandate().getPosition().getInstitution().getNameEl(), o.getDeclarationType(),
                        o.getPeriodYear(), o.getDeadline(), ChronoUnit.DAYS.between(o.getDeadline(), today)))
                .toList();
        return new ResultPage<>(items, count.getSingleResult());
    }

    @Schedule(minute = "40", hour = "2", persistent = false)
    void nightly() {
        flagOverdue(LocalDate.now(Obligation.ATHENS));
    }

    /**
     * Flags every obligation overdue on {@code today} that is not flagged yet, and lifts the flags of those filed
     * since. Answers how many were flagged.
     */
    @RolesAllowed(Roles.ADMIN)
    public int flagOverdue(LocalDate today) {
        em.createQuery("delete from RedFlag f where f.code = :code and f.obligationId in"
                        + " (select d.obligation.id from Declaration d where d.latestVersionNo > 0)")
                .setParameter("code", RedFlagCatalogue.MISSING_FILING).executeUpdate();
        List<Obligation> overdue = em.createQuery("select o from Obligation o where o.deadline < :today and" + UNFILED
                        + " and not exists (select f.id from RedFlag f where f.obligationId = o.id and f.code = :code)",
                        Obligation.class)
                .setParameter("today", today).setParameter("code", RedFlagCatalogue.MISSING_FILING).getResultList();
        for (Obligation o : overdue) {
            em.persist(new RedFlag(RedFlagCatalogue.MISSING_FILING, null, null, o.getPerson().getId(), o.getId(),
                    RaisedFlag.of(o.getDeclarationType().name(), String.valueOf(o.getPeriodYear()),
                            o.getDeadline().toString())));
        }
        return overdue.size();
    }
}
