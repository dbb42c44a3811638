package gr.integrity.register.publication;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.declaration.DeclarationVersion;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * ADMIN withholds a published version from the public (a court order, a private value typed into a free-text
 * field). The version itself is untouched; the public sees a tombstone; the audit trail keeps who and why.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class WithholdingService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<VersionWithheld> withheld;

    public PublicationWithholding withhold(String receiptNumber, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 2_000) {
            throw new InvalidInputException("withholding.reasonRequired", "reason", 10, 2_000);
        }
        DeclarationVersion version = em.createQuery("select v from DeclarationVersion v where v.receiptNumber = :r",
                        DeclarationVersion.class).setParameter("r", receiptNumber == null ? "" : receiptNumber.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("withholding.unknownReceipt", "receipt"));
        if (!em.createQuery("select w from PublicationWithholding w where w.version = :v", PublicationWithholding.class)
                .setParameter("v", version).getResultList().isEmpty()) {
            throw new ConflictException("withholding.already");
        }
        PublicationWithholding withholding = new PublicationWithholding(version, why, currentAccount.username());
        em.persist(withholding);
        em.flush();
        withheld.fire(new VersionWithheld(version.getDeclaration().getId(), version.getVersionNo(),
                version.getDeclaration().getType()));
        audit.record(AuditAction.VERSION_WITHHELD, "DeclarationVersion", version.getId(),
                version.getReceiptNumber() + ": " + why);
        return withholding;
    }

    public List<PublicationWithholding> all() {
        return em.createQuery("select w from PublicationWithholding w join fetch w.version order by w.withheldAt desc",
                PublicationWithholding.class).setMaxResults(500).getResultList();
    }

    public PublicationWithholding get(long id) {
        PublicationWithholding w = em.find(PublicationWithholding.class, id);
        if (w == null) {
            throw new NotFoundException("Withholding", id);
        }
        return w;
    }
}
