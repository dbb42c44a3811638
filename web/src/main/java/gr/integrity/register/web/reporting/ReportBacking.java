package gr.integrity.register.web.reporting;

import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.lobbying.PublicMeeting;
import gr.integrity.register.publication.PublicDeclaration;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.reporting.InaccuracyReports;
import gr.integrity.register.reporting.ReportTarget;
import gr.integrity.register.web.support.Formats;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The public's report of an inaccuracy, at {@code /report.xhtml?declaration=..&v=..} or {@code ?meeting=..}: the
 * field, why, optionally a PDF; on success the page shows the reference number and nothing else. A refusal keeps
 * what was typed (the file has to be chosen again: a browser does not let a page fill a file input).
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Read a little past the service's limit, so that it can say the file is too large. */
    private static final int MAX_READ = (InaccuracyReports.EVIDENCE_MAX_MEGABYTES + 1) * 1024 * 1024;

    @EJB
    private InaccuracyReports reports;

    @EJB
    private PublicDeclarationService publication;

    @EJB
    private MeetingSearch meetings;

    @Inject
    private ReportTexts reportTexts;

    @Inject
    private Formats formats;

    private Long declaration;
    private Integer v;
    private Long meeting;
    private ReportTarget target;
    private String title;
    private List<SelectItem> fields;
    private String field;
    private String explanation;
    private transient Part evidence;
    private String reference;

    /** The target as the address names it; anything the public does not see answers 404. */
    public void load() {
        if (target != null) {
            return;
        }
        DeclarationType type = null;
        if (meeting != null) {
            target = ReportTarget.meeting(meeting);
            PublicMeeting m = meetings.meeting(meeting);
            title = m.subject() + " · " + formats.date(m.date());
        } else if (declaration != null && v != null) {
            target = ReportTarget.version(declaration, v);
            PublicDeclaration d = publication.declaration(declaration);
            type = d.type();
            title = d.declarant().name() + " · " + Pages.text("declarationType." + d.type().name()) + " " + d.periodYear() + " · v" + v;
        } else {
            throw new NotFoundException("Report", "target");
        }
        fields = new ArrayList<>();
        for (String key : reports.fieldsOf(target)) {
            fields.add(new SelectItem(key, reportTexts.field(type, key)));
        }
    }

    public void send() {
        byte[] bytes;
        try {
            bytes = evidence == null || evidence.getSize() == 0 ? null : read(evidence);
        } catch (IOException e) {
            Pages.error("report:evidence", "import.unreadable");
            return;
        }
        Pages.attempt("report", () -> reference = reports.report(target, field, explanation, bytes));
    }

    private static byte[] read(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(MAX_READ);
        }
    }

    public String getTitle() {
        return title;
    }

    public List<SelectItem> getFields() {
        return fields;
    }

    public boolean isMeetingReport() {
        return target != null && target.isMeeting();
    }

    public int getEvidenceMaxMegabytes() {
        return InaccuracyReports.EVIDENCE_MAX_MEGABYTES;
    }

    public int getExplanationMax() {
        return InaccuracyReports.EXPLANATION_MAX;
    }

    public String getReference() {
        return reference;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }

    public Long getDeclaration() {
        return declaration;
    }

    public void setDeclaration(Long declaration) {
        this.declaration = declaration;
    }

    public Integer getV() {
        return v;
    }

    public void setV(Integer v) {
        this.v = v;
    }

    public Long getMeeting() {
        return meeting;
    }

    public void setMeeting(Long meeting) {
        this.meeting = meeting;
    }
}
