package gr.integrity.register.web.admin.persons;

import gr.integrity.register.registry.Mandate;
import gr.integrity.register.registry.MandateService;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.PersonForm;
import gr.integrity.register.registry.PersonService;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Creating or editing one person, with their mandates. */
@Named
@ViewScoped
public class PersonEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PersonService persons;

    @EJB
    private MandateService mandateService;

    private Long id;
    private PersonForm form = new PersonForm();
    private List<Mandate> mandates = List.of();

    public void load() {
        if (id != null) {
            form = persons.formFor(id);
            mandates = mandateService.forPerson(id);
        }
    }

    public void save() {
        Pages.attempt("person", () -> {
            Person saved = id == null ? persons.create(form) : persons.update(id, form);
            Pages.flashInfo("person.saved", saved.fullName());
            Pages.redirect("/admin/persons/edit.xhtml", "id", saved.getId());
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PersonForm getForm() {
        return form;
    }

    public List<Mandate> getMandates() {
        return mandates;
    }
}
