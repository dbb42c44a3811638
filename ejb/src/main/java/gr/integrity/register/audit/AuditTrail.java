package gr.integrity.register.audit;

import gr.integrity.register.platform.ClientContext;
import gr.integrity.register.platform.persistence.ChainHead;
import gr.integrity.register.platform.persistence.HashChains;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes the audit trail. {@link #record} joins the caller's transaction, so an action and its entry commit or
 * roll back together; {@link #recordIndependently} commits on its own, for refusals whose transaction rolls back.
 * There is deliberately no method that changes or removes an entry.
 */
@Stateless
@PermitAll
public class AuditTrail {

    public static final String CHAIN = "AUDIT";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private ClientContext client;

    @EJB
    private HashChains chains;

    public void record(AuditAction action, String objectType, Object objectId, String details) {
        append(currentActor(), clientAddress(), action, objectType, objectId, details);
    }

    /** For callers that know the actor better than the security context (a sign-in before it succeeded). */
    public void recordAs(String actor, AuditAction action, String objectType, Object objectId, String details) {
        append(actor, clientAddress(), action, objectType, objectId, details);
    }

    /** For a sign-in, whose address the caller resolved (through a trusted proxy, perhaps). */
    public void recordSignIn(String actor, String address, AuditAction action, Object accountId) {
        append(actor, address, action, "Account", accountId, null);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordIndependently(AuditAction action, String objectType, Object objectId, String details) {
        append(currentActor(), clientAddress(), action, objectType, objectId, details);
    }

    /**
     * Takes the trail's lock now, for the rest of the transaction, before the trail is read to decide what to do
     * and record (how many reset mails an account was sent this hour): requests deciding at the same moment wait
     * and then count this one's entry, as the trail is read committed.
     */
    public void lockForDecision() {
        chains.lockHead(CHAIN);
    }

    private void append(String actor, String address, AuditAction action, String objectType, Object objectId,
                        String details) {
        ChainHead head = chains.lockHead(CHAIN);
        AuditEntry entry = new AuditEntry(actor, address, action, objectType,
                objectId == null ? null : objectId.toString(), details, head.getLastHash());
        em.persist(entry);
        em.flush();
        head.advance(entry.getId(), entry.getEntryHash());
    }

    private String currentActor() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? "anonymous" : name;
    }

    private String clientAddress() {
        try {
            return client.address();
        } catch (ContextNotActiveException e) {
            // a timer or background import: no request, no address
            return null;
        }
    }
}
