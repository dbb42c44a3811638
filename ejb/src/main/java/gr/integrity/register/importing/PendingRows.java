package gr.integrity.register.importing;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of a batch waiting to be applied, in the database rather than in memory: staged from the file as it
 * streams past, read a chunk at a time, and removed in the transaction that applies them, so that a chunk cut
 * off by a crash is still waiting when the batch resumes.
 */
@Dependent
class PendingRows {

    /** Rows per INSERT statement: a few hundred rows per round trip, well under the server's packet limit. */
    private static final int PER_INSERT = 200;

    @PersistenceContext
    private EntityManager em;

    /** A sink for the rows of one batch; {@link Sink#flush()} writes what is left. */
    Sink sink(long batchId) {
        return new Sink(batchId);
    }

    /** The next rows of the batch, in the file's order. */
    List<FileRow> next(long batchId, int count) {
        List<?> found = em.createNativeQuery("select file_row, line, row_values from import_pending_row"
                        + " where batch_id = ?1 order by file_row").setParameter(1, batchId).setMaxResults(count)
                .getResultList();
        List<FileRow> rows = new ArrayList<>(found.size());
        for (Object o : found) {
            Object[] r = (Object[]) o;
            rows.add(new FileRow(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                    FileRow.valuesOf((String) r[2])));
        }
        return rows;
    }

    /** Removes the rows of the batch up to the one numbered {@code last}: they were applied. */
    void applied(long batchId, int last) {
        em.createNativeQuery("delete from import_pending_row where batch_id = ?1 and file_row <= ?2")
                .setParameter(1, batchId).setParameter(2, last).executeUpdate();
    }

    /** Whether any row of the batch waits. */
    boolean any(long batchId) {
        return !em.createNativeQuery("select 1 from import_pending_row where batch_id = ?1")
                .setParameter(1, batchId).setMaxResults(1).getResultList().isEmpty();
    }

    /** Writes rows a few hundred to a statement as they are handed on. */
    final class Sink implements Consumer<FileRow> {

        private final long batchId;
        private final List<FileRow> held = new ArrayList<>(PER_INSERT);

        private Sink(long batchId) {
            this.batchId = batchId;
        }

        @Override
        public void accept(FileRow row) {
            held.add(row);
            if (held.size() == PER_INSERT) {
                flush();
            }
        }

        void flush() {
            if (held.isEmpty()) {
                return;
            }
            StringBuilder sql = new StringBuilder("insert into import_pending_row (batch_id, file_row, line, row_values)"
                    + " values ");
            for (int i = 0; i < held.size(); i++) {
                int p = 4 * i;
                sql.append(i == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2)
                        .append(", ?").append(p + 3).append(", ?").append(p + 4).append(')');
            }
            var insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (FileRow row : held) {
                insert.setParameter(p++, batchId).setParameter(p++, row.number()).setParameter(p++, row.line())
                        .setParameter(p++, row.valuesJson());
            }
            insert.executeUpdate();
            held.clear();
        }
    }
}
