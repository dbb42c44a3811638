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

import java.util.List;

/**
 * Applies the next chunk of a batch in a transaction of its own: the rows' changes, their report lines, the
 * removal of the rows from those waiting and the batch's progress commit together, so a crash loses at most the
 * chunk in flight, which the resumed run redoes. Only a chunk's rows are in memory at a time.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.LIAISON})
public class ImportChunks {

    static final int CHUNK_SIZE = 250;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Importers importers;

    @Inject
    private PendingRows pending;

    @Inject
    private ImportFiles files;

    /** @return true when rows remain */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean processNext(long batchId) {
        ImportBatch batch = em.find(ImportBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        if (batch == null || batch.isDone()) {
            return false;
        }
        RowImporter importer = importers.forKind(batch.getKind());
        if (batch.getProcessedRows() < batch.getTotalRows() && !pending.any(batchId)) {
            stage(batch, importer);
            return true;
        }
        List<FileRow> rows = pending.next(batchId, CHUNK_SIZE);
        for (FileRow row : rows) {
            RowOutcome outcome = importer.apply(row, batch.getKind(), batchId);
            em.persist(new ImportRow(batchId, row.number(), outcome));
            batch.count(outcome);
        }
        importer.endChunk();
        if (!rows.isEmpty()) {
            pending.applied(batchId, rows.get(rows.size() - 1).number());
        }
        if (rows.isEmpty() || batch.getProcessedRows() >= batch.getTotalRows()) {
            batch.complete();
            return false;
        }
        return true;
    }

    /**
     * Stages the rows not yet applied, from the stored file as it streams past, into the database: once, in the
     * batch's first chunk (or the first after a resume of a batch staged before rows were kept this way).
     */
    private void stage(ImportBatch batch, RowImporter importer) {
        int done = batch.getProcessedRows();
        PendingRows.Sink sink = pending.sink(batch.getId());
        int[] seen = {0};
        try (RowSource source = CsvFiles.readAny(files.read(batch.getId()))) {
            importer.rows(source, batch.getKind(), row -> {
                if (seen[0]++ >= done) {
                    sink.accept(row);
                }
            });
        }
        sink.flush();
    }
}
