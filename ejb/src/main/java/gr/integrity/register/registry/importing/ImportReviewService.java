package gr.integrity.register.registry.importing;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportReview;
import gr.integrity.register.importing.FileRow;
import gr.integrity.register.importing.RowOutcome;
import gr.integrity.register.registry.Person;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ADMIN decides who an ambiguous row names: one of the candidates, or a new person. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ImportReviewService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OfficialsImporter importer;

    @Inject
    private ObligedListImporter listImporter;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private AuditTrail audit;

    public List<Person> candidates(long reviewId) {
        ImportReview review = review(reviewId);
        if (review.candidates().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids order by p.id", Person.class)
                .setParameter("ids", review.candidates()).getResultList();
    }

    /** @param personId one of the candidates, or null for "a different person, not yet in the register" */
    public RowOutcome resolve(long reviewId, int version, Long personId) {
        ImportReview review = review(reviewId);
        if (review.getVersion() != version || review.getStatus() != ImportReview.Status.OPEN) {
            throw new ConflictException("error.changedMeanwhile");
        }
        if (personId != null && !review.candidates().contains(personId)) {
            throw new InvalidInputException("import.review.notACandidate", "personId");
        }
        ImportBatch batch = em.find(ImportBatch.class, review.getBatchId());
        FileRow row = new FileRow(review.getRowNumber(), 0, FileRow.valuesOf(review.getRecordJson()));
        OfficialsImporter.Decided decided = batch.getKind() == ImportKind.INSTITUTION_LIST
                ? listImporter.applyDecision(row, batch.getId(), personId)
                : importer.applyDecision(row, batch.getKind(), personId);
        // the person the row now belongs to (a new one, if so decided): a re-import applies the same decision
        review.resolve("person:" + decided.personId(), currentAccount.username());
        audit.record(AuditAction.IMPORT_REVIEW_RESOLVED, "ImportReview", reviewId,
                (personId == null ? "new person " : "") + review.getResolution());
        return decided.outcome();
    }

    private ImportReview review(long id) {
        ImportReview review = em.find(ImportReview.class, id);
        if (review == null) {
            throw new NotFoundException("ImportReview", id);
        }
        return review;
    }
}
