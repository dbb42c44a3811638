package gr.integrity.register.web.admin.institutions;

import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionForm;
import gr.integrity.register.registry.InstitutionKind;
import gr.integrity.register.registry.InstitutionService;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** Creating or editing one institution. */
@Named
@ViewScoped
public class InstitutionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InstitutionService institutions;

    private Long id;
    private InstitutionForm form = new InstitutionForm();

    public void load() {
        if (id != null) {
            form = InstitutionForm.of(institutions.get(id));
        }
    }

    public void save() {
        Pages.attempt("institution", () -> {
            Institution saved = id == null ? institutions.create(form) : institutions.update(id, form);
            Pages.flashInfo("institution.saved", saved.getNameEl());
            Pages.redirect("/admin/institutions/list.xhtml");
        });
    }

    public InstitutionKind[] getKinds() {
        return InstitutionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InstitutionForm getForm() {
        return form;
    }
}
