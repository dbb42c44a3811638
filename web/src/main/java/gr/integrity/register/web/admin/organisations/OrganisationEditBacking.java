package gr.integrity.register.web.admin.organisations;

import gr.integrity.register.organisation.LobbyistView;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationCategory;
import gr.integrity.register.organisation.OrganisationChoice;
import gr.integrity.register.organisation.OrganisationForm;
import gr.integrity.register.organisation.OrganisationName;
import gr.integrity.register.organisation.OrganisationService;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Entering, correcting, confirming an organisation, or merging a duplicate into the record that stays. */
@Named
@ViewScoped
public class OrganisationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisations;

    private Long id;
    private OrganisationForm form = new OrganisationForm();
    private Organisation organisation;
    private List<OrganisationName> otherNames = List.of();
    private OrganisationChoice survivor;
    private List<LobbyistView> lobbyists = List.of();
    private String lobbyistName;
    private String pastPosition;
    private java.time.LocalDate positionEnded;

    public void load() {
        if (id != null) {
            organisation = organisations.get(id);
            form = OrganisationForm.of(organisation);
            otherNames = organisations.otherNames(id);
            lobbyists = organisations.lobbyists(id);
        }
    }

    public void save() {
        try {
            Organisation saved = id == null ? organisations.create(form) : organisations.update(id, form);
            Pages.flashInfo("organisation.saved", saved.getNameEl());
            Pages.redirect("/admin/organisations/edit.xhtml?id=" + saved.getId());
        } catch (RuntimeException e) {
            Pages.refused(e, "organisation");
        }
    }

    public void confirm() {
        try {
            Organisation confirmed = organisations.confirm(Pages.required(id));
            Pages.flashInfo("organisation.confirmed", confirmed.getNameEl());
            Pages.redirect("/admin/organisations/edit.xhtml?id=" + id);
        } catch (RuntimeException e) {
            Pages.refused(e, "organisation");
        }
    }

    public void merge() {
        if (survivor == null) {
            Pages.error("merge:survivor", "organisation.chooseSurvivor");
            return;
        }
        try {
            Organisation kept = organisations.merge(Pages.required(id), survivor.id());
            Pages.flashInfo("organisation.mergedInto", organisation.getNameEl(), kept.getNameEl());
            Pages.redirect("/admin/organisations/edit.xhtml?id=" + kept.getId());
        } catch (RuntimeException e) {
            Pages.refused(e, "merge");
        }
    }

    public void addLobbyist() {
        try {
            LobbyistView added = organisations.addLobbyist(Pages.required(id), lobbyistName, pastPosition, positionEnded);
            Pages.flashInfo("organisation.lobbyistAdded", added.name());
            Pages.redirect("/admin/organisations/edit.xhtml?id=" + id);
        } catch (RuntimeException e) {
            Pages.refused(e, "lobbyists");
        }
    }

    public List<LobbyistView> getLobbyists() {
        return lobbyists;
    }

    public String getLobbyistName() {
        return lobbyistName;
    }

    public void setLobbyistName(String lobbyistName) {
        this.lobbyistName = lobbyistName;
    }

    public String getPastPosition() {
        return pastPosition;
    }

    public void setPastPosition(String pastPosition) {
        this.pastPosition = pastPosition;
    }

    public java.time.LocalDate getPositionEnded() {
        return positionEnded;
    }

    public void setPositionEnded(java.time.LocalDate positionEnded) {
        this.positionEnded = positionEnded;
    }

    /** Records the duplicate can be merged into: any other that is not itself merged. */
    public List<OrganisationChoice> completeSurvivor(String text) {
        return organisations.suggest(text, 12).stream().filter(c -> !Long.valueOf(c.id()).equals(id)).toList();
    }

    public OrganisationCategory[] getCategories() {
        return OrganisationCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationForm getForm() {
        return form;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public List<OrganisationName> getOtherNames() {
        return otherNames;
    }

    public OrganisationChoice getSurvivor() {
        return survivor;
    }

    public void setSurvivor(OrganisationChoice survivor) {
        this.survivor = survivor;
    }
}
