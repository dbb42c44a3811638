package gr.integrity.register.web.admin.obligations;

import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.registry.DeadlineExtension;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligationService;
import gr.integrity.register.registry.ObligedCategory;
import gr.integrity.register.web.support.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Extending a deadline for everyone or for one category, and the extensions granted so far. */
@Named
@ViewScoped
public class DeadlinesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ObligationService obligations;

    private DeclarationType type = DeclarationType.ASSET;
    private ObligationKind kind = ObligationKind.ANNUAL;
    private Integer year = LocalDate.now().getYear() - 1;
    private ObligedCategory category;
    private LocalDate newDeadline;
    private String reason;
    private List<DeadlineExtension> extensions;

    @PostConstruct
    void load() {
        extensions = obligations.extensions();
    }

    public void extend() {
        Pages.attempt("extension", () -> {
            DeadlineExtension extension = obligations.extend(type, kind, year == null ? 0 : year, category, newDeadline,
                    reason);
            Pages.flashInfo("deadline.extended", extension.getAffected());
            Pages.redirect("/admin/obligations/deadlines.xhtml");
        });
    }

    public DeclarationType[] getTypes() {
        return new DeclarationType[] {DeclarationType.ASSET, DeclarationType.INTEREST};
    }

    public ObligationKind[] getKinds() {
        return ObligationKind.values();
    }

    public ObligedCategory[] getCategories() {
        return ObligedCategory.values();
    }

    public List<DeadlineExtension> getExtensions() {
        return extensions;
    }

    public DeclarationType getType() {
        return type;
    }

    public void setType(DeclarationType type) {
        this.type = type;
    }

    public ObligationKind getKind() {
        return kind;
    }

    public void setKind(ObligationKind kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ObligedCategory getCategory() {
        return category;
    }

    public void setCategory(ObligedCategory category) {
        this.category = category;
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
