package gr.integrity.register.web.organisation;

import gr.integrity.register.organisation.OrganisationChoice;
import gr.integrity.register.organisation.OrganisationService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * Suggestions for the organisation fields of declarations. The field holds the name; the register links it to the
 * record when the draft is saved, so picking a suggestion is what makes the link, and a name that matches none is
 * proposed as a new organisation when the declaration is submitted.
 */
@Named
@RequestScoped
public class OrganisationPicker {

    private static final int SUGGESTIONS = 12;

    @EJB
    private OrganisationService organisations;

    public List<String> complete(String text) {
        List<OrganisationChoice> found = organisations.suggest(text, SUGGESTIONS);
        return found.stream().map(OrganisationChoice::nameEl).distinct().toList();
    }
}
