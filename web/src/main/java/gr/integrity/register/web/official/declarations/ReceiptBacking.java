package gr.integrity.register.web.official.declarations;

import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.VersionView;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;

/** The receipt of a submitted version, its PDF, and the start of an amendment. */
@Named
@ViewScoped
public class ReceiptBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeclarationService declarations;

    private Long id;
    private Integer v;
    private VersionView version;
    private boolean draftExists;
    private String reason;

    public void load() {
        Pages.required(id);
        version = declarations.version(id, v == null ? 1 : v);
        draftExists = declarations.hasDraft(id);
    }

    public void amend() {
        Pages.attempt("amend", () -> {
            declarations.amend(id, reason);
            Pages.flashInfo("declaration.amendmentStarted");
            Pages.redirect("/official/declarations/edit.xhtml", "id", id);
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getV() {
        return v;
    }

    public void setV(Integer v) {
        this.v = v;
    }

    public VersionView getVersion() {
        return version;
    }

    public boolean isDraftExists() {
        return draftExists;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
