package gr.integrity.register.web.admin.positions;

import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionService;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.registry.Position;
import gr.integrity.register.registry.PositionForm;
import gr.integrity.register.registry.PositionService;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Creating or editing one position. */
@Named
@ViewScoped
public class PositionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PositionService positions;

    @EJB
    private InstitutionService institutionService;

    private Long id;
    private Long institution;
    private PositionForm form = new PositionForm();
    private List<Institution> institutions;

    public void load() {
        institutions = institutionService.all();
        if (id != null) {
            form = PositionForm.of(positions.get(id));
        } else if (institution != null) {
            form.setInstitutionId(institution);
        }
    }

    public void save() {
        Pages.attempt("position", () -> {
            Position saved = id == null ? positions.create(form) : positions.update(id, form);
            Pages.flashInfo("position.saved", saved.getTitleEl());
            Pages.redirect("/admin/positions/list.xhtml");
        });
    }

    public ObligedCategory[] getCategories() {
        return ObligedCategory.values();
    }

    public List<Institution> getInstitutions() {
        return institutions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public PositionForm getForm() {
        return form;
    }
}
