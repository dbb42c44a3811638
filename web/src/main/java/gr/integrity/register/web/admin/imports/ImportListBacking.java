package gr.integrity.register.web.admin.imports;

import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportKind;
import gr.integrity.register.importing.ImportRunner;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.web.support.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Uploading a file of officials (or, from the lobbying pages, of meetings): it is validated whole, stored, and
 * run in the background while its page shows the progress.
 */
@Named
@RequestScoped
public class ImportListBacking {

    /**
     * The kinds this page imports: every kind the register reads, recognised from the file's columns, but an
     * institution's list of obliged persons, which its liaison sends as the institution's.
     */
    private static final List<ImportKind> KINDS = java.util.Arrays.stream(ImportKind.values())
            .filter(kind -> kind != ImportKind.INSTITUTION_LIST).toList();

    @EJB
    private ImportService imports;

    @EJB
    private ImportRunner runner;

    private Part file;
    private List<ImportBatch> history;

    @PostConstruct
    void load() {
        history = imports.history(KINDS);
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Pages.error("upload:file", "import.chooseFile");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            Pages.error("upload:file", "import.unreadable");
            return;
        }
        Pages.attempt("upload", () -> {
            ImportBatch batch = imports.prepare(file.getSubmittedFileName(), content, KINDS);
            runner.runInBackground(batch.getId());
            Pages.redirect("/admin/imports/batch.xhtml", "id", batch.getId());
        });
    }

    public void resume(long batchId) {
        Pages.attempt(null, () -> {
            imports.resume(batchId);
            runner.runInBackground(batchId);
            Pages.redirect("/admin/imports/batch.xhtml", "id", batchId);
        });
    }

    public List<ImportBatch> getHistory() {
        return history;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
