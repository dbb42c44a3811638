package gr.integrity.register.importing;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * The file a batch imports, as uploaded, kept apart from the batch (following a batch's progress never loads it):
 * for whoever checks later what was imported, and read again only to stage the rows of a batch none of whose rows
 * wait in the database. Stored in parts of a megabyte, one statement each, so that no packet comes near the
 * server's {@code max_allowed_packet} (16 MB by default; a 30 MB upload sent whole is twice that on the wire).
 */
@Dependent
class ImportFiles {

    static final int PART_BYTES = 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    void store(long batchId, byte[] content) {
        for (int part = 0, from = 0; from < content.length || part == 0; part++, from += PART_BYTES) {
            byte[] bytes = Arrays.copyOfRange(content, from, Math.min(content.length, from + PART_BYTES));
            em.createNativeQuery("insert into import_file_part (batch_id, part_no, content) values (?1, ?2, ?3)")
                    .setParameter(1, batchId).setParameter(2, part).setParameter(3, bytes).executeUpdate();
        }
    }

    byte[] read(long batchId) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (Object part : em.createNativeQuery("select content from import_file_part where batch_id = ?1"
                + " order by part_no").setParameter(1, batchId).getResultList()) {
            file.writeBytes((byte[]) part);
        }
        return file.toByteArray();
    }
}
