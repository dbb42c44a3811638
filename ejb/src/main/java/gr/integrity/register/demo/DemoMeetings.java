package gr.integrity.register.demo;

import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportRunner;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.importing.ImportStatus;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The real lobbying data of the demo: the European Commission's meetings export shipped with the register, imported
 * on first start through the same import as an ADMIN's upload, in the background (its progress is on the import
 * page and in the log).
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class DemoMeetings {

    public static final String FILE = "eu_ec_meetings_interest_representatives_2019_2023.xlsx";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ImportService imports;

    @EJB
    private ImportRunner runner;

    /**
     * Starts the import unless the register has imported (or is importing) the Commission's meetings already; an
     * import the demo started and a stop interrupted (Ctrl-C during the first start) resumes where it was, so that
     * the demo's meetings do not stay missing for good. Outside a transaction: the batch is stored (or marked
     * running again) and committed before the import, on another thread, reads and updates it.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean importIfMissing() {
        List<ImportBatch> batches = em.createQuery("select b from ImportBatch b where b.kind = :kind order by b.id desc",
                ImportBatch.class).setParameter("kind", ImportKind.EC_MEETINGS).setMaxResults(1).getResultList();
        if (!batches.isEmpty()) {
            ImportBatch last = batches.get(0);
            if (last.getStatus() != ImportStatus.INTERRUPTED || !FILE.equals(last.getFileName())) {
                return false;
            }
            imports.resume(last.getId());
            runner.runInBackground(last.getId());
            return true;
        }
        ImportBatch batch = imports.prepare(FILE, shipped(), List.of(ImportKind.EC_MEETINGS));
        runner.runInBackground(batch.getId());
        return true;
    }

    /** The workbook as shipped (see data/README.md for its source and licence). */
    public static byte[] shipped() {
        try (InputStream in = DemoMeetings.class.getResourceAsStream("/data/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("The shipped file data/" + FILE + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
