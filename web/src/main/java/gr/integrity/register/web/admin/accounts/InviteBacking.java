package gr.integrity.register.web.admin.accounts;

import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.PersonService;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.AccountService;
import gr.integrity.register.security.InvitationForm;
import gr.integrity.register.security.Role;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Inviting someone: the account is created and a one-time link goes to them by mail. */
@Named
@ViewScoped
public class InviteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    @EJB
    private PersonService persons;

    @EJB
    private gr.integrity.register.registry.InstitutionService institutionService;

    /** The institutions a LIAISON account may send the lists of. */
    public List<gr.integrity.register.registry.Institution> getInstitutions() {
        return institutionService.all();
    }

    private final InvitationForm form = new InvitationForm();
    private Person person;

    public List<Person> suggestPersons(String text) {
        return persons.suggest(text);
    }

    public void invite() {
        form.setPersonId(person == null ? null : person.getId());
        Pages.attempt("invite", () -> {
            Account account = accounts.invite(form);
            Pages.flashInfo("account.invited", account.getUsername(), account.getEmail());
            Pages.redirect("/admin/accounts/list.xhtml");
        });
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public InvitationForm getForm() {
        return form;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }
}
