package gr.integrity.register.lobbying;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Gives the meeting records declared before the register kept policy areas (V18) the areas their declarations
 * name, so that the search by area finds them too. It runs once, after the upgrade, in the background of a start,
 * in chunks of their own transactions (a stop half-way leaves the rest for the next start), and is then marked
 * done in {@code register_maintenance}.
 */
@Stateless
public class MeetingBackfill {

    static final String POLICY_AREAS = "meeting-policy-areas";
    private static final int CHUNK = 200;
    private static final Logger LOG = Logger.getLogger(MeetingBackfill.class);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeetingRecords records;

    @Resource
    private SessionContext context;

    /** Starts the backfill unless it was done; the start-up does not wait for it. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void policyAreasInBackground() {
        int remade = policyAreas();
        if (remade > 0) {
            LOG.infof("Policy areas taken from their declarations for %d meeting records declared before V18", remade);
        }
    }

    /** The backfill itself, unless it was done; answers how many records were made again. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int policyAreas() {
        MeetingBackfill self = context.getBusinessObject(MeetingBackfill.class);
        if (self.isDone(POLICY_AREAS)) {
            return 0;
        }
        int remade = 0;
        long after = 0;
        for (List<Long> ids = self.withoutAreas(after); !ids.isEmpty(); ids = self.withoutAreas(after)) {
            self.remake(ids);
            remade += ids.size();
            after = ids.get(ids.size() - 1);
        }
        self.markDone(POLICY_AREAS);
        return remade;
    }

    /** The next declared records with no policy area (many name none: each is looked at once, in id order). */
    @SuppressWarnings("unchecked")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> withoutAreas(long after) {
        List<Number> ids = em.createNativeQuery("select m.id from meeting m where m.declaration_id is not null"
                        + " and m.id > ?1 and not exists (select 1 from meeting_policy_area a where a.meeting_id = m.id)"
                        + " order by m.id").setParameter(1, after).setMaxResults(CHUNK).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remake(List<Long> meetingIds) {
        meetingIds.forEach(records::remake);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean isDone(String task) {
        return !em.createNativeQuery("select 1 from register_maintenance where task = ?1").setParameter(1, task)
                .getResultList().isEmpty();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markDone(String task) {
        em.createNativeQuery("insert into register_maintenance (task, done_at) values (?1, utc_timestamp(6))")
                .setParameter(1, task).executeUpdate();
    }
}
