package gr.integrity.register.web;

import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicFiling;
import gr.integrity.register.registry.RegistryOverview;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/** The public home page. */
@Named
@RequestScoped
public class IndexBacking {

    @EJB
    private RegistryOverview overview;

    @EJB
    private PublicDeclarationService publication;

    private List<PublicFiling> latest;

    private long officials;
    private long institutions;

    @PostConstruct
    void load() {
        officials = overview.publicOfficialCount();
        institutions = overview.publicInstitutionCount();
        latest = publication.latest(10);
    }

    public long getOfficials() {
        return officials;
    }

    public long getInstitutions() {
        return institutions;
    }

    public List<PublicFiling> getLatest() {
        return latest;
    }
}
