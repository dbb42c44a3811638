package gr.integrity.register.web.review;

import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionService;
import gr.integrity.register.review.MissingFiling;
import gr.integrity.register.review.MissingFilings;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Obligations past their deadline with nothing filed, longest overdue first, of one institution or all. */
@Named
@ViewScoped
public class MissingFilingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MissingFilings missingFilings;

    @EJB
    private InstitutionService institutions;

    private Long institution;
    private ServiceLazyModel<MissingFiling> rows;

    @PostConstruct
    void init() {
        rows = new ServiceLazyModel<>(page -> missingFilings.list(institution, page), MissingFiling::obligationId);
    }

    public List<Institution> getInstitutions() {
        return institutions.all();
    }

    public ServiceLazyModel<MissingFiling> getRows() {
        return rows;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }
}
