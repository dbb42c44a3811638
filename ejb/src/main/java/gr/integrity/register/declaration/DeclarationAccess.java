package gr.integrity.register.declaration;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Role;
import gr.integrity.register.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Who may reach a declaration, checked on the server for every object: its filer (the declarant's own account, the
 * organisation's representative, the institution's liaison) may read and change it; an
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
        if (!isFiler(currentAccount.get(), declaration)) {
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
        if (!isFiler(currentAccount.get(), declaration)) {
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
        return account != null && isFiler(account, declaration);
    }

    /**
     * Whether the account files for the declarant: the person's own account; the LOBBYIST who represents the
     * organisation; a LIAISON of the institution.
     */
    static boolean isFiler(Account account, Declaration declaration) {
        if (declaration.getPerson() != null) {
            return account.getPerson() != null && account.getPerson().getId().equals(declaration.getPerson().getId());
        }
        if (declaration.getOrganisation() != null) {
            return account.hasRole(Role.LOBBYIST) && declaration.getOrganisation().isRepresentedBy(account);
        }
        return account.hasRole(Role.LIAISON) && account.getInstitution() != null
                && account.getInstitution().getId().equals(declaration.getInstitution().getId());
    }

    private void refuse(long declarationId) {
        audit.recordIndependently(AuditAction.ACCESS_REFUSED, "Declaration", declarationId, null);
        throw new AccessRefusedException();
    }
}
