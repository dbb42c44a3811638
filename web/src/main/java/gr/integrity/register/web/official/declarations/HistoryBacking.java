package gr.integrity.register.web.official.declarations;

import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.FieldChange;
import gr.integrity.register.declaration.VersionSummary;
import gr.integrity.register.declaration.VersionView;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The versions of a declaration and, between any two, what changed field by field. */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeclarationService declarations;

    private Long id;
    private Integer from;
    private Integer to;
    private List<VersionSummary> versions;
    private List<FieldChange> changes = List.of();
    private DeclarationType type;
    private int periodYear;
    /** Whose declaration it is: the official, or an annual return's organisation or institution. */
    private String declarant;

    public void load() {
        Pages.required(id);
        versions = declarations.history(id);
        if (!versions.isEmpty()) {
            VersionView latest = declarations.version(id, versions.get(versions.size() - 1).versionNo());
            type = latest.type();
            periodYear = latest.periodYear();
            declarant = latest.personName();
        }
        if (versions.size() > 1) {
            if (to == null || from == null) {
                to = versions.get(versions.size() - 1).versionNo();
                from = to - 1;
            }
            changes = declarations.compare(id, from, to);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }

    public DeclarationType getType() {
        return type;
    }

    public int getPeriodYear() {
        return periodYear;
    }

    public String getDeclarant() {
        return declarant;
    }
}
