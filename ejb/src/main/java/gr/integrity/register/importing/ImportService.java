package gr.integrity.register.importing;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;

/**
 * Imports for ADMIN: validate and store a file as a batch, resume an interrupted one, follow its progress, read
 * its report and decide the rows sent for review.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ImportService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Importers importers;

    @Inject
    private ImportFiles files;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private AuditTrail audit;

    /**
     * Validates the whole file as it streams past and stores it as a batch ready to run (its rows are staged when
     * the batch first runs), or returns the unfinished batch of the same file so that it resumes. Throws {@link ImportRejectedException} (nothing stored) if the file is invalid.
     *
     * @param expected the kinds this upload may be (a meetings upload must not import officials), or empty for any
     */
    public ImportBatch prepare(String fileName, byte[] content, List<ImportKind> expected) {
        return prepare(fileName, content, expected, null);
    }

    /**
     * An institution's liaison sends its list of obliged persons: validated and stored as a batch of the
     * liaison's institution, as {@link #prepare} does for any file (and only a list of obliged persons is taken).
     */
    @RolesAllowed(Roles.LIAISON)
    public ImportBatch prepareList(String fileName, byte[] content) {
        return prepare(fileName, content, List.of(ImportKind.INSTITUTION_LIST), liaisonInstitution());
    }

    /** The lists the liaison's institution has sent, the latest first. */
    @RolesAllowed(Roles.LIAISON)
    public List<ImportBatch> listsOfMyInstitution() {
        return em.createQuery("select b from ImportBatch b where b.kind = :kind and b.institutionId = :institution"
                        + " order by b.id desc", ImportBatch.class).setParameter("kind", ImportKind.INSTITUTION_LIST)
                .setParameter("institution", liaisonInstitution()).setMaxResults(50).getResultList();
    }

    /** What one of the institution's lists did, row by row (refused for another institution's list). */
    @RolesAllowed(Roles.LIAISON)
    public ResultPage<ImportRow> reportOfMyList(long batchId, PageRequest page) {
        ImportBatch batch = batch(batchId);
        if (!java.util.Objects.equals(batch.getInstitutionId(), liaisonInstitution())) {
            throw new AccessRefusedException();
        }
        return report(batchId, null, page);
    }

    /** The institution the signed-in liaison sends the lists of; a liaison without one is refused. */
    private long liaisonInstitution() {
        Account account = currentAccount.get();
        if (account == null || account.getInstitution() == null) {
            throw new AccessRefusedException();
        }
        return account.getInstitution().getId();
    }

    private ImportBatch prepare(String fileName, byte[] content, List<ImportKind> expected, Long institutionId) {
        try (RowSource file = CsvFiles.readAny(content)) {
            ImportKind kind = importers.recognise(file.header())
                    .orElseThrow(() -> new ImportRejectedException(List.of(
                            new ImportProblem(1, "import.unknownHeader", String.join(", ", file.header())))));
            if (!expected.isEmpty() && !expected.contains(kind)) {
                throw new ImportRejectedException(List.of(new ImportProblem(1, "import.wrongKind", kind)));
            }
            String sha = Hashing.sha256Hex(content);
            List<ImportBatch> unfinished = em.createQuery("select b from ImportBatch b where b.kind = :kind"
                            + " and b.fileSha256 = :sha and b.status <> :done order by b.id desc", ImportBatch.class)
                    .setParameter("kind", kind).setParameter("sha", sha).setParameter("done", ImportStatus.COMPLETED)
                    .getResultList();
            if (!unfinished.isEmpty() && java.util.Objects.equals(unfinished.get(0).getInstitutionId(), institutionId)) {
                // the same file, checked when that batch began: it goes on from where it stopped
                ImportBatch batch = unfinished.get(0);
                batch.resumed();
                return batch;
            }
            RowImporter importer = importers.forKind(kind);
            int rows = importer.validate(file, kind);
            String name = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
            ImportBatch batch = new ImportBatch(kind, name.length() > 255 ? name.substring(0, 255) : name, sha,
                    rows, startedBy(), importer.source(kind), importer.licence(kind));
            if (institutionId != null) {
                batch.ofInstitution(institutionId);
            }
            em.persist(batch);
            em.flush();
            files.store(batch.getId(), content);
            audit.record(AuditAction.IMPORT_STARTED, "ImportBatch", batch.getId(), kind + " " + batch.getFileName());
            return batch;
        }
    }

    /** Marks an interrupted batch as running again; the caller then runs it. */
    public ImportBatch resume(long batchId) {
        ImportBatch batch = batch(batchId);
        if (batch.getStatus() != ImportStatus.INTERRUPTED) {
            throw new InvalidInputException("import.notInterrupted", null);
        }
        batch.resumed();
        return batch;
    }

    /** After a restart nothing is running: every batch still marked running was interrupted. */
    public int markInterrupted() {
        List<ImportBatch> running = em.createQuery("select b from ImportBatch b where b.status = :running",
                ImportBatch.class).setParameter("running", ImportStatus.RUNNING).getResultList();
        running.forEach(ImportBatch::interrupted);
        return running.size();
    }

    public ImportBatch batch(long batchId) {
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        if (batch == null) {
            throw new NotFoundException("ImportBatch", batchId);
        }
        return batch;
    }

    public List<ImportBatch> history(List<ImportKind> kinds) {
        return em.createQuery("select b from ImportBatch b where b.kind in :kinds order by b.id desc", ImportBatch.class)
                .setParameter("kinds", kinds).setMaxResults(50).getResultList();
    }

    public ResultPage<ImportRow> report(long batchId, RowOutcome.Kind outcome, PageRequest page) {
        String where = " where r.batchId = :batch" + (outcome == null ? "" : " and r.outcome = :outcome");
        TypedQuery<Long> count = em.createQuery("select count(r) from ImportRow r" + where, Long.class);
        TypedQuery<ImportRow> query = em.createQuery("select r from ImportRow r" + where + " order by r.rowNumber",
                ImportRow.class);
        count.setParameter("batch", batchId);
        query.setParameter("batch", batchId);
        if (outcome != null) {
            count.setParameter("outcome", outcome);
            query.setParameter("outcome", outcome);
        }
        return new ResultPage<>(query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** How many rows of a batch were skipped for each reason. */
    public List<Object[]> skipReasons(long batchId) {
        return em.createQuery("select r.reason, count(r) from ImportRow r where r.batchId = :batch"
                        + " and r.outcome = :skipped group by r.reason order by count(r) desc", Object[].class)
                .setParameter("batch", batchId).setParameter("skipped", RowOutcome.Kind.SKIPPED).getResultList();
    }

    public List<ImportReview> openReviews() {
        return em.createQuery("select r from ImportReview r where r.status = :open order by r.id", ImportReview.class)
                .setParameter("open", ImportReview.Status.OPEN).setMaxResults(500).getResultList();
    }

    public ImportReview review(long reviewId) {
        ImportReview review = em.find(ImportReview.class, reviewId);
        if (review == null) {
            throw new NotFoundException("ImportReview", reviewId);
        }
        return review;
    }

    private String startedBy() {
        String name = currentAccount.username();
        return name == null ? "system" : name;
    }
}
