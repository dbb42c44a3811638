package gr.integrity.register.web.admin.organisations;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.organisation.OrganisationChoice;
import gr.integrity.register.organisation.OrganisationService;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** An organisation chosen in an autocomplete field travels as its id. */
@FacesConverter(forClass = OrganisationChoice.class, managed = true)
public class OrganisationChoiceConverter implements Converter<OrganisationChoice> {

    @EJB
    private OrganisationService organisations;

    @Override
    public OrganisationChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return organisations.choice(Long.parseLong(value.strip()));
        } catch (NumberFormatException | BusinessException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Pages.text("organisation.chooseSurvivor"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OrganisationChoice value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
