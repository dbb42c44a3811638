package gr.integrity.register.web.admin.organisations;

import gr.integrity.register.organisation.LobbyistRegistrations;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationCategory;
import gr.integrity.register.organisation.OrganisationChoice;
import gr.integrity.register.organisation.OrganisationForm;
import gr.integrity.register.organisation.OrganisationName;
import gr.integrity.register.organisation.OrganisationService;
import gr.integrity.register.web.organisation.OrganisationPeopleEditor;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * Entering, correcting, confirming an organisation (a lobbyist's registration among them), deciding on a change
 * its representative proposed, or merging a duplicate into the record that stays.
 */
@Named
@ViewScoped
public class OrganisationEditBacking extends OrganisationPeopleEditor {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisations;

    @EJB
    private LobbyistRegistrations registrations;

    private Long id;
    private OrganisationForm form = new OrganisationForm();
    private Organisation organisation;
    private List<OrganisationName> otherNames = List.of();
    private OrganisationChoice survivor;
    private OrganisationForm proposal;

    public void load() {
        if (id != null) {
            organisation = organisations.get(id);
            form = OrganisationForm.of(organisation);
            otherNames = organisations.otherNames(id);
            loadPeople(id);
            proposal = registrations.proposedChange(id);
        }
    }

    public void save() {
        Pages.attempt("organisation", () -> {
            Organisation saved = id == null ? organisations.create(form) : organisations.update(id, form);
            Pages.flashInfo("organisation.saved", saved.getNameEl());
            Pages.redirect("/admin/organisations/edit.xhtml", "id", saved.getId());
        });
    }

    public void confirm() {
        Pages.attempt("organisation", () -> {
            Organisation confirmed = organisations.confirm(Pages.required(id));
            Pages.flashInfo("organisation.confirmed", confirmed.getNameEl());
            Pages.redirect("/admin/organisations/edit.xhtml", "id", id);
        });
    }

    public void merge() {
        if (survivor == null) {
            Pages.error("merge:survivor", "organisation.chooseSurvivor");
            return;
        }
        Pages.attempt("merge", () -> {
            Organisation kept = organisations.merge(Pages.required(id), survivor.id());
            Pages.flashInfo("organisation.mergedInto", organisation.getNameEl(), kept.getNameEl());
            Pages.redirect("/admin/organisations/edit.xhtml", "id", kept.getId());
        });
    }

    /** Applies the change the organisation's representative proposed. */
    public void approveChange() {
        Pages.attempt("proposal", () -> {
            Organisation changed = registrations.approveChange(Pages.required(id));
            Pages.flashInfo("organisation.changeApproved", changed.getNameEl());
            Pages.redirect(pageAddress());
        });
    }

    public void rejectChange() {
        Pages.attempt("proposal", () -> {
            registrations.rejectChange(Pages.required(id));
            Pages.flashInfo("organisation.changeRejected");
            Pages.redirect(pageAddress());
        });
    }

    public OrganisationForm getProposal() {
        return proposal;
    }

    @Override
    protected Long organisationId() {
        return id;
    }

    @Override
    protected String pageAddress() {
        return Pages.address("/admin/organisations/edit.xhtml", "id", id);
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
