package gr.integrity.register.web.reporting;

import gr.integrity.register.reporting.InaccuracyReports;
import gr.integrity.register.reporting.ReportState;
import gr.integrity.register.reporting.ReportView;
import gr.integrity.register.web.support.Pages;
import gr.integrity.register.web.support.ServiceLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** The auditors' queue of reports from the public: open ones first by default, each handled with a note. */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InaccuracyReports reports;

    /** OPEN (the default), HANDLED, or ALL. */
    private String state;
    private ServiceLazyModel<ReportView> rows;
    private final Map<Long, String> notes = new HashMap<>();

    @PostConstruct
    void init() {
        rows = new ServiceLazyModel<>(page -> reports.list(stateFilter(), page), ReportView::id);
    }

    private ReportState stateFilter() {
        if ("ALL".equals(state)) {
            return null;
        }
        return "HANDLED".equals(state) ? ReportState.HANDLED : ReportState.OPEN;
    }

    public void handle(ReportView report) {
        Pages.attempt("reports", () -> {
            reports.handle(report.id(), report.version(), notes.get(report.id()));
            Pages.flashInfo("report.handled", report.reference());
            Pages.redirect("/auditor/reports.xhtml");
        });
    }

    public ServiceLazyModel<ReportView> getRows() {
        return rows;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getState() {
        return state == null ? "OPEN" : state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
