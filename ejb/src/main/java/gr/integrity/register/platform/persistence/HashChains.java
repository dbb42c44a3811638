package gr.integrity.register.platform.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Appends links to a hash chain. Each chain has one head row; locking it orders concurrent appends so that every
 * link names exactly one predecessor. Callers lock the head as late as they can in their transaction, so the lock
 * is held only for the last few milliseconds before commit.
 */
@Stateless
public class HashChains {

    public static final String GENESIS = "0".repeat(64);

    @PersistenceContext
    private EntityManager em;

    /** Locks the chain's head for the rest of the transaction and returns it. */
    public ChainHead lockHead(String chain) {
        ChainHead head = em.find(ChainHead.class, chain, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            em.persist(new ChainHead(chain, GENESIS));
            em.flush();
            head = em.find(ChainHead.class, chain, LockModeType.PESSIMISTIC_WRITE);
        }
        return head;
    }
}
