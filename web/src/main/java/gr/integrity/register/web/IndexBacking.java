package gr.integrity.register.web;

import gr.integrity.register.registry.RegistryOverview;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The public home page. */
@Named
@RequestScoped
public class IndexBacking {

    @EJB
    private RegistryOverview overview;

    private long officials;
    private long institutions;

    @PostConstruct
    void load() {
        officials = overview.publicOfficialCount();
        institutions = overview.publicInstitutionCount();
    }

    public long getOfficials() {
        return officials;
    }

    public long getInstitutions() {
        return institutions;
    }
}
