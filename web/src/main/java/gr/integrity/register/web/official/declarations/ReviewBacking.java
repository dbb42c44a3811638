package gr.integrity.register.web.official.declarations;

import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.SubmissionRefusedException;
import gr.integrity.register.declaration.VersionSummary;
import gr.integrity.register.declaration.VersionView;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The last look before submitting: every error (each a link to its field) and every warning (to confirm, with an
 * optional explanation). The page carries one submission key, so a second click or a retry submits nothing twice.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DeclarationService declarations;

    private Long id;
    private DraftView draft;
    private final String submissionKey = UUID.randomUUID().toString();
    private final Map<String, Boolean> confirmed = new HashMap<>();
    private final Map<String, String> explanations = new HashMap<>();

    public void load() {
        Pages.required(id);
        if (!declarations.hasDraft(id)) {
            // submitted, with no amendment started (an old bookmark, the back button): its receipt is what there is
            List<VersionSummary> versions = declarations.history(id);
            Pages.redirect("/official/declarations/receipt.xhtml", "id", id, "v", versions.get(versions.size() - 1).versionNo());
            return;
        }
        draft = declarations.draft(id);
    }

    public void submit() {
        Map<String, String> confirmations = new LinkedHashMap<>();
        for (Finding warning : getWarnings()) {
            if (Boolean.TRUE.equals(confirmed.get(warning.location()))) {
                String explanation = explanations.get(warning.location());
                confirmations.put(warning.location(), explanation == null ? "" : explanation);
            }
        }
        try {
            VersionView version = declarations.submit(id, draft.revision(), submissionKey, confirmations);
            Pages.flashInfo("declaration.submitted", version.receiptNumber());
            Pages.redirect("/official/declarations/receipt.xhtml", "id", id, "v", version.versionNo());
        } catch (SubmissionRefusedException refused) {
            Pages.refused(refused, null);
            draft = declarations.draft(id);
        } catch (RuntimeException e) {
            Pages.refused(e, null);
        }
    }

    public List<Finding> getErrors() {
        return draft.findings().stream().filter(Finding::isError).toList();
    }

    public List<Finding> getWarnings() {
        return draft.findings().stream().filter(f -> !f.isError()).toList();
    }

    /** Where a finding's field is: its section's page, scrolled to the field. */
    public String linkTo(Finding finding) {
        String anchor = finding.field() == null ? "" : "#f-" + (finding.itemId() == null ? "header" : finding.itemId())
                + "-" + finding.field();
        return Pages.address("/official/declarations/edit.xhtml", "id", id, "section", finding.section()) + anchor;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DraftView getDraft() {
        return draft;
    }

    public Map<String, Boolean> getConfirmed() {
        return confirmed;
    }

    public Map<String, String> getExplanations() {
        return explanations;
    }
}
