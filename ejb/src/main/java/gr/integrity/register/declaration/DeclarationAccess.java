package gr.integrity.register.declaration;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who may reach a declaration, checked on the server for every object: its filer may read and change it; an
 * auditor may read it (and the reading of full content is recorded); nobody else. A refusal is recorded too, in a
 * transaction of its own, so it survives the rollback of the refused request.
 */
@Dependent
public class DeclarationAccess {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private AuditTrail audit;

    /** The caller's own declaration, for changing it; locked when asked, so concurrent changes queue. */
    public Declaration own(long declarationId, boolean lock) {
        Declaration declaration = lock ? em.find(Declaration.class, declarationId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(Declaration.class, declarationId);
        if (declaration == null) {
            throw new NotFoundException("Declaration", declarationId);
        }
        Account account = currentAccount.get();
        if (account.getPerson() == null || !account.getPerson().getId().equals(declaration.getPerson().getId())) {
            refuse(declarationId);
        }
        return declaration;
    }

    /** A declaration the caller may read in full: their own, or any for an auditor. */
    public Declaration readable(long declarationId) {
        Declaration declaration = em.find(Declaration.class, declarationId);
        if (declaration == null) {
            throw new NotFoundException("Declaration", declarationId);
        }
        if (currentAccount.isInRole(Roles.AUDITOR)) {
            return declaration;
        }
        Account account = currentAccount.get();
        if (account.getPerson() == null || !account.getPerson().getId().equals(declaration.getPerson().getId())) {
            refuse(declarationId);
        }
        return declaration;
    }

    /**
     * Records that the caller read someone else's full content (an auditor), saying what was read and where
     * ("version 2", "version 2, filed PDF", "versions 1 and 2 compared"); a filer's reading of their own is not.
     */
    public void recordFullRead(Declaration declaration, String read) {
        if (!isOwn(declaration)) {
            audit.record(AuditAction.UNREDACTED_VIEW, "Declaration", declaration.getId(), read);
        }
    }

    /** Whether the caller downloads a document of someone else's filing (an auditor): such reading is recorded. */
    public void recordDocumentRead(Declaration declaration, String sha) {
        if (!isOwn(declaration)) {
            audit.record(AuditAction.DOCUMENT_READ, "Declaration", declaration.getId(), "document " + sha);
        }
    }

    private boolean isOwn(Declaration declaration) {
        Account account = currentAccount.find().orElse(null);
        return account != null && account.getPerson() != null
                && account.getPerson().getId().equals(declaration.getPerson().getId());
    }

    private void refuse(long declarationId) {
        audit.recordIndependently(AuditAction.ACCESS_REFUSED, "Declaration", declarationId, null);
        throw new AccessRefusedException();
    }
}
