package gr.integrity.register.platform.persistence;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * For the public read services, which answer with views and never change an entity: what they load is read-only
 * and nothing is flushed, so Hibernate neither keeps a snapshot of every row for dirty checking nor compares
 * hundreds of entities before each of a page's queries and at commit (the profile of the public API showed that
 * work as a fifth of its time). Only when the service begins with an empty persistence context, as it does in its
 * own transaction: a caller's unit of work that has loaded entities is left exactly as it was. Afterwards the
 * context is cleared, so no read-only entity outlives the call.
 */
public class ReadOnlyPersistence {

    @PersistenceContext
    private EntityManager em;

    @AroundInvoke
    public Object readOnly(InvocationContext invocation) throws Exception {
        Session session = em.unwrap(Session.class);
        if (!session.isOpen() || session.getStatistics().getEntityCount() > 0
                || session.getStatistics().getCollectionCount() > 0) {
            return invocation.proceed();
        }
        FlushMode flushMode = session.getHibernateFlushMode();
        boolean readOnly = session.isDefaultReadOnly();
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.setDefaultReadOnly(true);
        try {
            return invocation.proceed();
        } finally {
            session.clear();
            session.setDefaultReadOnly(readOnly);
            session.setHibernateFlushMode(flushMode);
        }
    }
}
