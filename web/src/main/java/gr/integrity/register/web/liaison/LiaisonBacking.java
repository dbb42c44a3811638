package gr.integrity.register.web.liaison;

import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportRow;
import gr.integrity.register.importing.ImportRunner;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.registry.importing.ObligedListImporter;
import gr.integrity.register.web.support.Pages;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * An institution's liaison sends its list of obliged persons ({@code /liaison/index.xhtml}): the upload, the lists
 * sent so far, and what the chosen one did (persons matched or new, mandates made or changed, rows an ADMIN decides),
 * followed as it runs.
 */
@Named
@ViewScoped
public class LiaisonBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Read a little past the largest upload the register takes, so that the service can say it is too large. */
    private static final int MAX_READ = 31 * 1024 * 1024;

    @EJB
    private ImportService imports;

    @EJB
    private ImportRunner runner;

    private transient Part file;
    private Long batchId;
    private ImportBatch batch;
    private List<ImportBatch> history;
    private ServiceLazyModel<ImportRow> rows;

    public void load() {
        refresh();
        if (batchId == null && !history.isEmpty()) {
            batchId = history.get(0).getId();
        }
        refresh();
        if (batchId != null) {
            long id = batchId;
            rows = new ServiceLazyModel<>(page -> imports.reportOfMyList(id, page), ImportRow::getRowNumber);
        }
    }

    /** The chosen list as it stands now (the page polls it while it runs). */
    public void refresh() {
        history = imports.listsOfMyInstitution();
        batch = batchId == null ? null
                : history.stream().filter(b -> b.getId().equals(batchId)).findFirst().orElse(null);
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Pages.error("upload:file", "import.chooseFile");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(MAX_READ);
        } catch (IOException e) {
            Pages.error("upload:file", "import.unreadable");
            return;
        }
        Pages.attempt("upload", () -> {
            ImportBatch prepared = imports.prepareList(file.getSubmittedFileName(), content);
            runner.runInBackground(prepared.getId());
            Pages.redirect("/liaison/index.xhtml", "batch", prepared.getId());
        });
    }

    /** The columns a list has, as its header row writes them. */
    public String getColumns() {
        return String.join(",", ObligedListImporter.COLUMNS);
    }

    public ImportBatch getBatch() {
        return batch;
    }

    public List<ImportBatch> getHistory() {
        return history;
    }

    public ServiceLazyModel<ImportRow> getRows() {
        return rows;
    }

    public Long getBatchId() {
        return batchId;
    }

    public void setBatchId(Long batchId) {
        this.batchId = batchId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
