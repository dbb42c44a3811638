package gr.integrity.register.web.lobbyist;

import gr.integrity.register.organisation.LobbyistRegistrations;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationCategory;
import gr.integrity.register.organisation.OrganisationForm;
import gr.integrity.register.organisation.OrganisationStatus;
import gr.integrity.register.web.organisation.OrganisationPeopleEditor;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * An interest representative's page: registering their organisation, then keeping its entry, the persons who
 * lobby for it and its clients. What the page shows of the entry is what the register holds; a change to a
 * confirmed entry waits for an ADMIN and is shown as proposed.
 */
@Named
@ViewScoped
public class LobbyistBacking extends OrganisationPeopleEditor {

    private static final long serialVersionUID = 1L;

    @EJB
    private LobbyistRegistrations registrations;

    private Long id;
    private List<Organisation> mine = List.of();
    private Organisation organisation;
    private OrganisationForm form = new OrganisationForm();
    private boolean proposalWaiting;
    /** Set to register another organisation while the representative already has one. */
    private boolean registering;

    public void load() {
        mine = registrations.mine();
        if (!registering) {
            organisation = mine.stream().filter(o -> id == null || o.getId().equals(id)).findFirst().orElse(null);
        }
        if (organisation != null) {
            id = organisation.getId();
            OrganisationForm proposed = registrations.proposedChange(id);
            proposalWaiting = proposed != null;
            form = proposalWaiting ? proposed : OrganisationForm.of(organisation);
            form.setVersion(organisation.getVersion());
            loadPeople(id);
        }
    }

    public void save() {
        Pages.attempt("organisation", () -> {
            if (organisation == null) {
                Organisation registered = registrations.register(form);
                Pages.flashInfo("lobbyist.registered", registered.getNameEl());
                id = registered.getId();
            } else {
                Organisation kept = registrations.update(id, form);
                Pages.flashInfo(kept.getStatus() == OrganisationStatus.PENDING ? "lobbyist.saved" : "lobbyist.proposed");
            }
            Pages.redirect(pageAddress());
        });
    }

    @Override
    protected Long organisationId() {
        return id;
    }

    @Override
    protected String pageAddress() {
        return Pages.address("/lobbyist/index.xhtml", "id", id);
    }

    public OrganisationCategory[] getCategories() {
        return OrganisationCategory.values();
    }

    public List<Organisation> getMine() {
        return mine;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public OrganisationForm getForm() {
        return form;
    }

    public boolean isProposalWaiting() {
        return proposalWaiting;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isRegistering() {
        return registering;
    }

    public void setRegistering(boolean registering) {
        this.registering = registering;
    }
}
