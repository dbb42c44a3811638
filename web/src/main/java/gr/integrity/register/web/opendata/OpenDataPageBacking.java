package gr.integrity.register.web.opendata;

import gr.integrity.register.opendata.OpenDataDictionary;
import gr.integrity.register.opendata.OpenDataExport;
import gr.integrity.register.opendata.OpenDataFile;
import gr.integrity.register.opendata.OpenDataFiles;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * {@code /open-data.xhtml}: the bulk files (full snapshots and change files) with size, date, what they cover,
 * licence and SHA-256, and the data dictionary of every column; for an ADMIN, publishing now.
 */
@Named
@RequestScoped
public class OpenDataPageBacking {

    @EJB
    private OpenDataFiles files;

    @EJB
    private OpenDataExport export;

    public List<OpenDataFile> getFiles() {
        return files.published();
    }

    public List<OpenDataDictionary.Column> getDictionary() {
        return OpenDataDictionary.describe(Pages.locale());
    }

    /** An ADMIN publishes a change file and a snapshot now rather than at night. */
    public void publish() {
        Pages.attempt("openData", () -> {
            OpenDataFile full = export.publish();
            Pages.flashInfo("openData.published", full.getName());
            Pages.redirect("/admin/index.xhtml");
        });
    }
}
