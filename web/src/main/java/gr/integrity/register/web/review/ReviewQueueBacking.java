package gr.integrity.register.web.review;

import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionService;
import gr.integrity.register.review.QueueRow;
import gr.integrity.register.review.RedFlagCatalogue;
import gr.integrity.register.review.RedFlagRule;
import gr.integrity.register.review.ReviewFilter;
import gr.integrity.register.review.ReviewService;
import gr.integrity.register.review.ReviewState;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The review queue: filings in review, highest risk first, filtered by state, institution, type, year and flag.
 * The filters are view parameters, so a filtered queue is an address an auditor can keep.
 */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReviewService reviews;

    @EJB
    private InstitutionService institutions;

    private ReviewState state;
    private Long institution;
    private DeclarationType type;
    private Integer year;
    private String flag;
    private ServiceLazyModel<QueueRow> rows;

    @PostConstruct
    void init() {
        rows = new ServiceLazyModel<>(page -> reviews.queue(filter(), page), QueueRow::declarationId);
    }

    private ReviewFilter filter() {
        String code = flag == null || flag.isBlank() ? null : flag;
        return new ReviewFilter(state, institution, type, year, code);
    }

    public List<String> getFlagCodes() {
        List<String> codes = new ArrayList<>(RedFlagCatalogue.RULES.stream().map(RedFlagRule::code).toList());
        codes.add(RedFlagCatalogue.MISSING_FILING);
        return codes;
    }

    public List<Institution> getInstitutions() {
        return institutions.all();
    }

    public ReviewState[] getStates() {
        return ReviewState.values();
    }

    public DeclarationType[] getTypes() {
        return DeclarationType.values();
    }

    public ServiceLazyModel<QueueRow> getRows() {
        return rows;
    }

    public ReviewState getState() {
        return state;
    }

    public void setState(ReviewState state) {
        this.state = state;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public DeclarationType getType() {
        return type;
    }

    public void setType(DeclarationType type) {
        this.type = type;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }
}
