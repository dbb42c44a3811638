package gr.integrity.register.web.admin.obligations;

import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionService;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationFilter;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligationService;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Obligations of all officials (ADMIN and AUDITOR), filtered. */
@Named
@ViewScoped
public class ObligationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ObligationService obligations;

    @EJB
    private InstitutionService institutionService;

    private String personText;
    private DeclarationType type;
    private ObligationKind kind;
    private Integer year;
    private ObligedCategory category;
    private Long institutionId;
    private boolean overdueOnly;
    private List<Institution> institutions;
    private ServiceLazyModel<Obligation> rows;

    @PostConstruct
    void init() {
        institutions = institutionService.all();
        rows = new ServiceLazyModel<>(page -> obligations.search(
                new ObligationFilter(personText, type, kind, year, category, institutionId, overdueOnly), page),
                Obligation::getId);
    }

    public boolean isPast(LocalDate deadline) {
        return deadline.isBefore(LocalDate.now(Obligation.ATHENS));
    }

    public DeclarationType[] getTypes() {
        return new DeclarationType[] {DeclarationType.ASSET, DeclarationType.INTEREST};
    }

    public ObligationKind[] getKinds() {
        return ObligationKind.values();
    }

    public ObligedCategory[] getCategories() {
        return ObligedCategory.values();
    }

    public List<Institution> getInstitutions() {
        return institutions;
    }

    public ServiceLazyModel<Obligation> getRows() {
        return rows;
    }

    public String getPersonText() {
        return personText;
    }

    public void setPersonText(String personText) {
        this.personText = personText;
    }

    public DeclarationType getType() {
        return type;
    }

    public void setType(DeclarationType type) {
        this.type = type;
    }

    public ObligationKind getKind() {
        return kind;
    }

    public void setKind(ObligationKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ObligedCategory getCategory() {
        return category;
    }

    public void setCategory(ObligedCategory category) {
        this.category = category;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }
}
