package gr.integrity.register.web.admin.positions;

import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionService;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Position;
import gr.integrity.register.registry.PositionService;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The list of positions, filtered by words, institution and category. */
@Named
@ViewScoped
public class PositionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PositionService positions;

    @EJB
    private InstitutionService institutionService;

    private String text;
    private Long institutionId;
    private ObligedCategory category;
    private List<Institution> institutions;
    private ServiceLazyModel<Position> rows;

    @PostConstruct
    void init() {
        institutions = institutionService.all();
        rows = new ServiceLazyModel<>(page -> positions.search(text, institutionId, category, page), Position::getId);
    }

    public ObligedCategory[] getCategories() {
        return ObligedCategory.values();
    }

    public List<Institution> getInstitutions() {
        return institutions;
    }

    public ServiceLazyModel<Position> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public ObligedCategory getCategory() {
        return category;
    }

    public void setCategory(ObligedCategory category) {
        this.category = category;
    }
}
