package gr.integrity.register.web;

import gr.integrity.register.publication.KeyFigures;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicDirectory;
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

    @EJB
    private PublicDirectory directory;

    private List<PublicFiling> latest;
    private KeyFigures figures;

    private long officials;
    private long institutions;

    @PostConstruct
    void load() {
        officials = overview.publicOfficialCount();
        institutions = overview.publicInstitutionCount();
        latest = publication.latest(10);
        figures = directory.figures();
    }

    public KeyFigures getFigures() {
        return figures;
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
