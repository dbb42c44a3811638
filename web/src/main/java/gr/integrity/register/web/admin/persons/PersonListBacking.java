package gr.integrity.register.web.admin.persons;

import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.PersonService;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The persons of the register, searched by any part of their Greek or Latin name. */
@Named
@ViewScoped
public class PersonListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PersonService persons;

    private String text;
    private ServiceLazyModel<Person> rows;

    @PostConstruct
    void init() {
        rows = new ServiceLazyModel<>(page -> persons.search(text, page), Person::getId);
    }

    public ServiceLazyModel<Person> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
