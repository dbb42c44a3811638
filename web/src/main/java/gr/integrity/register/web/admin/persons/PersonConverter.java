package gr.integrity.register.web.admin.persons;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.registry.Person;
import gr.integrity.register.registry.PersonService;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** A person chosen in an autocomplete field travels as its id. */
@FacesConverter(forClass = Person.class, managed = true)
public class PersonConverter implements Converter<Person> {

    @EJB
    private PersonService persons;

    @Override
    public Person getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return persons.get(Long.parseLong(value.strip()));
        } catch (NumberFormatException | BusinessException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    gr.integrity.register.web.support.Pages.text("account.personUnknown"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Person value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
