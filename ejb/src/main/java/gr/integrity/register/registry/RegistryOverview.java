package gr.integrity.register.registry;

import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;

/** Counts for dashboards and the public home page. */
@Stateless
public class RegistryOverview {

    public record Figures(long institutions, long positions, long persons, long activeMandates, long obligations,
                          long overdueThisYear) {
    }

    @PersistenceContext
    private EntityManager em;

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public Figures figures() {
        LocalDate today = LocalDate.now(Obligation.ATHENS);
        return new Figures(
                count("select count(i) from Institution i"),
                count("select count(p) from Position p"),
                count("select count(p) from Person p"),
                em.createQuery("select count(m) from Mandate m where m.endDate is null or m.endDate >= :today", Long.class)
                        .setParameter("today", today).getSingleResult(),
                count("select count(o) from Obligation o"),
                em.createQuery("select count(o) from Obligation o where o.deadline < :today and o.deadline >= :yearStart",
                                Long.class)
                        .setParameter("today", today).setParameter("yearStart", today.withDayOfYear(1)).getSingleResult());
    }

    /** What the public home page shows before any filing exists: the size of the register. */
    @PermitAll
    public long publicInstitutionCount() {
        return count("select count(i) from Institution i");
    }

    @PermitAll
    public long publicOfficialCount() {
        return em.createQuery("select count(distinct m.person) from Mandate m where m.endDate is null", Long.class)
                .getSingleResult();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
