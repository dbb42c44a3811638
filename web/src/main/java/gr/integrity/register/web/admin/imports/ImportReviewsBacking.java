package gr.integrity.register.web.admin.imports;

import gr.integrity.register.importing.ImportReview;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.importing.ImportReviewService;
import gr.integrity.register.web.support.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows whose person could be one of several: the administrator decides who, or that it is someone new. */
@Named
@ViewScoped
public class ImportReviewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ImportService imports;

    @EJB
    private ImportReviewService reviews;

    private List<ImportReview> open;
    private final Map<Long, List<Person>> candidates = new HashMap<>();

    @PostConstruct
    void load() {
        open = imports.openReviews();
        for (ImportReview review : open) {
            candidates.put(review.getId(), reviews.candidates(review.getId()));
        }
    }

    public void assign(ImportReview review, Person person) {
        decide(review, person == null ? null : person.getId());
    }

    public void newPerson(ImportReview review) {
        decide(review, null);
    }

    private void decide(ImportReview review, Long personId) {
        Pages.attempt(null, () -> {
            reviews.resolve(review.getId(), review.getVersion(), personId);
            Pages.flashInfo("import.review.resolved");
            Pages.redirect("/admin/imports/reviews.xhtml");
        });
    }

    public List<ImportReview> getOpen() {
        return open;
    }

    public List<Person> candidatesOf(ImportReview review) {
        return candidates.getOrDefault(review.getId(), List.of());
    }
}
