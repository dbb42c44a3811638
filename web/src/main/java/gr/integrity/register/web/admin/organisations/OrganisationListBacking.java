package gr.integrity.register.web.admin.organisations;

import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationService;
import gr.integrity.register.organisation.OrganisationStatus;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The organisations register for an ADMIN: pending ones (named in declarations) first to check, or all. */
@Named
@ViewScoped
public class OrganisationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OrganisationService organisations;

    private String text;
    private OrganisationStatus status;
    private ServiceLazyModel<Organisation> rows;
    private long pending;

    @PostConstruct
    void init() {
        rows = new ServiceLazyModel<>(page -> organisations.search(text, status, page), Organisation::getId);
        pending = organisations.pendingCount();
    }

    public OrganisationStatus[] getStatuses() {
        return OrganisationStatus.values();
    }

    public ServiceLazyModel<Organisation> getRows() {
        return rows;
    }

    public long getPending() {
        return pending;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public void setStatus(OrganisationStatus status) {
        this.status = status;
    }
}
