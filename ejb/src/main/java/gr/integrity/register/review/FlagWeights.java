package gr.integrity.register.review;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The weights of the red flags, which an ADMIN sets; every risk score follows a change at once. */
@Stateless
public class FlagWeights {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private AuditTrail audit;

    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    public List<FlagWeight> all() {
        return em.createQuery("select w from FlagWeight w order by w.code", FlagWeight.class).getResultList();
    }

    /** Sets a flag's weight (0 to 100) and recomputes every filing's risk score. */
    @RolesAllowed(Roles.ADMIN)
    public FlagWeight change(String code, Integer weight) {
        FlagWeight flag = code == null ? null : em.find(FlagWeight.class, code);
        if (flag == null) {
            throw new NotFoundException("FlagWeight", code);
        }
        if (weight == null || weight < 0 || weight > FlagWeight.MAX) {
            throw new InvalidInputException("flag.weightRange", "weight", 0, FlagWeight.MAX);
        }
        int before = flag.getWeight();
        flag.change(weight, currentAccount.username());
        em.flush();
        em.createNativeQuery("update review r set r.risk_score = (select coalesce(sum(w.weight), 0) from red_flag f"
                + " join red_flag_rule w on w.code = f.code where f.declaration_id = r.declaration_id)").executeUpdate();
        audit.record(AuditAction.FLAG_WEIGHT_CHANGED, "FlagWeight", code, before + " -> " + weight);
        return flag;
    }
}
