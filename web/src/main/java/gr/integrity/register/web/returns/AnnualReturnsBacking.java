package gr.integrity.register.web.returns;

import gr.integrity.register.organisation.LobbyistRegistrations;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.returns.AnnualReturnSummary;
import gr.integrity.register.returns.AnnualReturns;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The annual returns a LOBBYIST files for the organisations they represent, or a LIAISON for their institution:
 * open the return of a year (found again if already opened), then fill it in on the filing pages every declaration
 * uses.
 */
@Named
@ViewScoped
public class AnnualReturnsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnualReturns returns;

    @EJB
    private LobbyistRegistrations registrations;

    private List<AnnualReturnSummary> mine = List.of();
    private List<Organisation> organisations = List.of();
    private Long organisationId;
    private int year = AnnualReturns.defaultYear();

    public void load() {
        mine = returns.mine();
        if (isLobbyist()) {
            organisations = registrations.mine();
            if (organisationId == null && !organisations.isEmpty()) {
                organisationId = organisations.get(0).getId();
            }
        }
    }

    public void open() {
        Pages.attempt("open", () -> {
            long id = isLobbyist() ? returns.openForOrganisation(Pages.required(organisationId), year)
                    : returns.openForInstitution(year);
            Pages.redirect("/official/declarations/edit.xhtml", "id", id);
        });
    }

    /** A LOBBYIST files for organisations; a LIAISON (who is not also a LOBBYIST) for their institution. */
    public boolean isLobbyist() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("LOBBYIST");
    }

    public List<Integer> getYears() {
        return AnnualReturns.years();
    }

    public List<AnnualReturnSummary> getMine() {
        return mine;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
