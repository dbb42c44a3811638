package gr.integrity.register.web.fees;

import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.fees.LateFeeBands;
import gr.integrity.register.web.support.Pages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Puts the service's own check of a category's fee bands ({@link LateFeeBands#parse}) on the field that was typed,
 * in its row of the settings table, before the save reaches the service (which checks them again).
 */
@FacesValidator("lateFeeBands")
public class LateFeeBandsValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        try {
            LateFeeBands.parse(value == null ? null : value.toString());
        } catch (InvalidInputException e) {
            String text = e.localizedMessage(Pages.locale());
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
