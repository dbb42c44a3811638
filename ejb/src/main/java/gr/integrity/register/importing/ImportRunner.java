package gr.integrity.register.importing;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.logging.Logger;

/**
 * Runs a batch chunk by chunk in the background; the page polls its progress. An ADMIN runs any batch, an
 * institution's liaison only the lists of their own institution.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.LIAISON})
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class);

    @EJB
    private ImportChunks chunks;

    @EJB
    private AuditTrail audit;

    @EJB
    private CurrentAccount currentAccount;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager em;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runInBackground(long batchId) {
        ownListOnly(batchId);
        runToEnd(batchId);
    }

    /** Runs the batch in the caller's thread: for scheduled imports and the demo data. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runToEnd(long batchId) {
        ownListOnly(batchId);
        int chunk = 0;
        try {
            while (chunks.processNext(batchId)) {
                chunk++;
                if (chunk % 10 == 0) {
                    LOG.infof("Import %d: %d chunks of %d rows done", batchId, chunk, ImportChunks.CHUNK_SIZE);
                }
            }
            audit.recordIndependently(AuditAction.IMPORT_FINISHED, "ImportBatch", batchId, null);
        } catch (RuntimeException e) {
            // the batch keeps its progress; it shows as interrupted and can be resumed
            LOG.errorf("Import %d stopped after %d chunks: %s", batchId, chunk, e.getClass().getName());
            throw e;
        }
    }

    private void ownListOnly(long batchId) {
        if (context.isCallerInRole(Roles.ADMIN)) {
            return;
        }
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        Account account = currentAccount.get();
        if (batch == null || account == null || account.getInstitution() == null
                || !account.getInstitution().getId().equals(batch.getInstitutionId())) {
            throw new AccessRefusedException();
        }
    }
}
