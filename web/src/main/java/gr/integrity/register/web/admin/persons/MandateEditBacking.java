package gr.integrity.register.web.admin.persons;

import gr.integrity.register.common.PageRequest;
import gr.integrity.register.registry.Mandate;
import gr.integrity.register.registry.MandateForm;
import gr.integrity.register.registry.MandateService;
import gr.integrity.register.registry.Position;
import gr.integrity.register.registry.PositionService;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Adding or changing a mandate of a person; the person's obligations follow in the same save. */
@Named
@ViewScoped
public class MandateEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MandateService mandates;

    @EJB
    private PositionService positionService;

    private Long id;
    private Long person;
    private MandateForm form = new MandateForm();
    private List<Position> positions;

    public void load() {
        positions = positionService.search(null, null, null, new PageRequest(0, PageRequest.MAX_SIZE, "institution", true))
                .items();
        if (id != null) {
            Mandate mandate = mandates.get(id);
            form = MandateForm.of(mandate);
            person = mandate.getPerson().getId();
        } else {
            form.setPersonId(person);
        }
    }

    public void save() {
        Pages.attempt("mandate", () -> {
            Mandate saved = id == null ? mandates.create(form) : mandates.update(id, form);
            Pages.flashInfo("mandate.saved");
            Pages.redirect("/admin/persons/edit.xhtml", "id", saved.getPerson().getId());
        });
    }

    public List<Position> getPositions() {
        return positions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public MandateForm getForm() {
        return form;
    }
}
