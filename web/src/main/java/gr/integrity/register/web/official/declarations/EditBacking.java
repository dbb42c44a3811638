package gr.integrity.register.web.official.declarations;

import gr.integrity.register.declaration.AttachedDocuments;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationKinds;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DraftView;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.FieldType;
import gr.integrity.register.declaration.Finding;
import gr.integrity.register.declaration.SectionDef;
import gr.integrity.register.declaration.VersionSummary;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Filing a declaration, one section at a time. Every step saves the draft first (saving always succeeds and
 * shows what the rules find), so the filer can stop at any point and come back.
 */
@Named
@ViewScoped
public class EditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A section of documents names each by a title; the upload fills it with the file's name. */
    private static final String TITLE = "title";
    /** Read at most this much of an upload: more than any size the setting allows, so the service can say why. */
    private static final int MAX_READ = 31 * 1024 * 1024;

    @EJB
    private DeclarationService declarations;

    @Inject
    private DeclarationKinds kinds;

    @EJB
    private AttachedDocuments documents;

    /** The draft a save answered, for the page it redirects to. */
    private static final String SAVED = "savedDraft";

    private Long id;
    private String section;
    /** The document being uploaded to a section of documents; not kept between requests. */
    private transient Part file;
    private DraftView draft;
    private DeclarationContent content;

    public void load() {
        Pages.required(id);
        DraftView justSaved = Pages.flashed(SAVED);
        if (justSaved != null && justSaved.declarationId() == id) {
            // the page the save redirected to: the draft and its findings as the save just answered them, so that
            // one save runs the rules once
            draft = justSaved;
            content = draft.content();
            section = knownSection(section);
            return;
        }
        if (!declarations.hasDraft(id)) {
            // submitted, with no amendment started (an old bookmark, the back button): its receipt is what there is
            List<VersionSummary> versions = declarations.history(id);
            Pages.redirect("/official/declarations/receipt.xhtml", "id", id, "v", versions.get(versions.size() - 1).versionNo());
            return;
        }
        draft = declarations.draft(id);
        content = draft.content();
        section = knownSection(section);
    }

    private String knownSection(String asked) {
        return asked == null || !DeclarationSchema.HEADER.equals(asked) && schema().section(asked).isEmpty()
                ? DeclarationSchema.HEADER : asked;
    }

    /** Saves and stays. */
    public void save() {
        if (store()) {
            Pages.flashInfo("declaration.saved");
            Pages.redirect("/official/declarations/edit.xhtml", "id", id, "section", section);
        }
    }

    /** Saves and goes to another section. */
    public void go(String target) {
        if (store()) {
            Pages.redirect("/official/declarations/edit.xhtml", "id", id, "section", target);
        }
    }

    /** Saves and goes to the review before submission. */
    public void review() {
        if (store()) {
            Pages.redirect("/official/declarations/review.xhtml", "id", id);
        }
    }

    public void add() {
        DeclarationContent.Item item = new DeclarationContent.Item();
        kinds.of(draft.type()).defaults(section).forEach(item::set);
        content.items(section).add(item);
    }

    /**
     * Saves, then attaches the chosen PDF as a new item of the section (its title taken from the file name, to be
     * corrected by the filer). A refused file leaves the draft as saved, with the reason on the file input.
     */
    public void attach() {
        if (!store()) {
            return;
        }
        if (file == null || file.getSize() == 0) {
            Pages.error("edit:file", "document.empty");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            String sha = documents.attach(id, file.getSubmittedFileName(), in.readNBytes(MAX_READ));
            String title = AttachedDocuments.safeFileName(file.getSubmittedFileName()).replaceFirst("\\.pdf$", "");
            DeclarationContent.Item item = new DeclarationContent.Item();
            getCurrentSection().fields().stream().filter(f -> f.type() == FieldType.DOCUMENT)
                    .forEach(f -> item.set(f.name(), sha));
            item.set(TITLE, title);
            content.items(section).add(item);
            if (store()) {
                Pages.flashInfo("document.attached");
                Pages.redirect("/official/declarations/edit.xhtml", "id", id, "section", section);
            }
        } catch (IOException e) {
            Pages.error("edit:file", "import.unreadable");
        } catch (RuntimeException e) {
            Pages.refused(e, "edit");
        }
    }

    public boolean isDocumentSection() {
        return getCurrentSection() != null && getCurrentSection().holdsDocuments();
    }

    public int getDocumentMaxMegabytes() {
        return documents.maxMegabytes();
    }

    /** The address a document of this draft is downloaded from. */
    public String documentUrl(String sha) {
        return Pages.address("/official/declarations/document", "id", id, "sha", sha);
    }

    public void remove(String itemId) {
        content.items(section).removeIf(item -> item.getId().equals(itemId));
    }

    private boolean store() {
        return Pages.attempt("edit", () -> {
            draft = declarations.saveDraft(id, draft.revision(), content);
            content = draft.content();
            Pages.flash(SAVED, draft);
        });
    }

    public DeclarationSchema schema() {
        return kinds.of(draft.type()).schema();
    }

    public boolean isHeader() {
        return DeclarationSchema.HEADER.equals(section);
    }

    public List<FieldDef> getHeaderFields() {
        return schema().headerFields();
    }

    public SectionDef getCurrentSection() {
        return schema().section(section).orElse(null);
    }

    public List<DeclarationContent.Item> getItems() {
        return isHeader() ? List.of() : content.items(section);
    }

    public List<Finding> findingsAt(String itemId, String field) {
        return draft.findings().stream().filter(f -> f.section().equals(section)
                && Objects.equals(f.itemId(), itemId) && Objects.equals(f.field(), field)).toList();
    }

    public long findingsIn(String sectionName) {
        return draft.findings().stream().filter(f -> f.section().equals(sectionName)).count();
    }

    public int itemsIn(String sectionName) {
        return content.items(sectionName).size();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public DraftView getDraft() {
        return draft;
    }

    public DeclarationContent getContent() {
        return content;
    }
}
