package gr.integrity.register.review;

import gr.integrity.register.declaration.Lateness;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The auditors' dashboard: filings by review state, flags by kind, late and missing filings by institution. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class OversightFigures {

    /** The institutions the late and missing charts show: those with most. */
    static final int TOP_INSTITUTIONS = 10;

    @PersistenceContext
    private EntityManager em;

    public Map<ReviewState, Long> byState() {
        Map<ReviewState, Long> counts = new LinkedHashMap<>();
        for (ReviewState state : ReviewState.values()) {
            counts.put(state, 0L);
        }
        em.createQuery("select r.state, count(r) from Review r group by r.state", Object[].class).getResultList()
                .forEach(row -> counts.put((ReviewState) row[0], (Long) row[1]));
        return counts;
    }

    /** Flags raised, by code, most frequent first (missing filings included). */
    public Map<String, Long> flagsByCode() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select f.code, count(f) from RedFlag f group by f.code order by count(f) desc, f.code",
                Object[].class).getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Late filings (Lateness: as the deadlines stand now) by the institution of the obligation they answer. */
    public Map<String, Long> lateByInstitution() {
        return byInstitution("select i.nameEl, count(d) from Declaration d join d.obligation o"
                + " join o.mandate m join m.position p join p.institution i where " + Lateness.LATE_JPQL
                + " group by i.nameEl order by count(d) desc, i.nameEl");
    }

    /** Missing filings (as last flagged) by the institution of the obligation. */
    public Map<String, Long> missingByInstitution() {
        return byInstitution("select i.nameEl, count(f) from RedFlag f, Obligation o join o.mandate m"
                + " join m.position p join p.institution i where f.obligationId = o.id"
                + " and f.code = 'MISSING_FILING' group by i.nameEl order by count(f) desc, i.nameEl");
    }

    private Map<String, Long> byInstitution(String jpql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setMaxResults(TOP_INSTITUTIONS).getResultList();
        rows.forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }
}
