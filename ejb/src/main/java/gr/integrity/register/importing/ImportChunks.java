package gr.integrity.register.importing;

import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Applies the next chunk of a batch in a transaction of its own: the rows' changes, their report lines and the
 * batch's progress commit together, so a crash loses at most the chunk in flight, which the resumed run redoes.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ImportChunks {

    static final int CHUNK_SIZE = 250;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Importers importers;

    @Inject
    private ParsedFiles parsedFiles;

    /** @return true when rows remain */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean processNext(long batchId) {
        ImportBatch batch = em.find(ImportBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null || batch.isDone()) {
            return false;
        }
        RowImporter importer = importers.forKind(batch.getKind());
        ParsedFile file = parsedFiles.get(batch.getFileSha256(), batch.getKind(),
                () -> importer.parse(batch.getContent(), batch.getKind()));
        int from = batch.getProcessedRows();
        int to = Math.min(from + CHUNK_SIZE, file.rows().size());
        for (int i = from; i < to; i++) {
            ParsedFile.Row row = file.rows().get(i);
            RowOutcome outcome = importer.apply(row, batch.getKind(), batchId);
            em.persist(new ImportRow(batchId, row.number(), outcome));
            batch.count(outcome);
        }
        importer.endChunk();
        if (batch.getProcessedRows() >= file.rows().size()) {
            batch.complete();
            return false;
        }
        return true;
    }
}
