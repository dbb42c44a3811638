package gr.integrity.register.web.admin;

import gr.integrity.register.registry.RegistryOverview;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The administrator's start page: the size of the register and where to go. */
@Named
@RequestScoped
public class AdminIndexBacking {

    @EJB
    private RegistryOverview overview;

    private RegistryOverview.Figures figures;

    @PostConstruct
    void load() {
        figures = overview.figures();
    }

    public RegistryOverview.Figures getFigures() {
        return figures;
    }
}
