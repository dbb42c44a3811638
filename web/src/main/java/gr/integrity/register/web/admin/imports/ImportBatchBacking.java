package gr.integrity.register.web.admin.imports;

import gr.integrity.register.importing.ImportBatch;
import gr.integrity.register.importing.ImportRow;
import gr.integrity.register.importing.ImportService;
import gr.integrity.register.importing.RowOutcome;
import gr.integrity.register.web.support.Pages;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** One import: its progress while it runs, then its report of created, matched, skipped and review rows. */
@Named
@ViewScoped
public class ImportBatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ImportService imports;

    private Long id;
    private ImportBatch batch;
    private RowOutcome.Kind outcome;
    private List<Object[]> skipReasons;
    private ServiceLazyModel<ImportRow> rows;

    public void load() {
        Pages.required(id);
        batch = imports.batch(id);
        skipReasons = imports.skipReasons(id);
        rows = new ServiceLazyModel<>(page -> imports.report(id, outcome, page), ImportRow::getRowNumber);
    }

    /** Called by the page's poll while the import runs. */
    public void refresh() {
        batch = imports.batch(id);
        if (batch.isDone()) {
            skipReasons = imports.skipReasons(id);
        }
    }

    public RowOutcome.Kind[] getOutcomes() {
        return RowOutcome.Kind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ImportBatch getBatch() {
        return batch;
    }

    public RowOutcome.Kind getOutcome() {
        return outcome;
    }

    public void setOutcome(RowOutcome.Kind outcome) {
        this.outcome = outcome;
    }

    public List<Object[]> getSkipReasons() {
        return skipReasons;
    }

    public ServiceLazyModel<ImportRow> getRows() {
        return rows;
    }
}
