package gr.integrity.register.web.admin.institutions;

import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.InstitutionKind;
import gr.integrity.register.registry.InstitutionService;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The list of institutions, filtered by name and kind. */
@Named
@ViewScoped
public class InstitutionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InstitutionService institutions;

    private String text;
    private InstitutionKind kind;
    private ServiceLazyModel<Institution> rows;

    @PostConstruct
    void init() {
        rows = new ServiceLazyModel<>(page -> institutions.search(text, kind, page), Institution::getId);
    }

    public InstitutionKind[] getKinds() {
        return InstitutionKind.values();
    }

    public ServiceLazyModel<Institution> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public void setKind(InstitutionKind kind) {
        this.kind = kind;
    }
}
