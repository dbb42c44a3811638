package gr.integrity.register.web.review;

import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.VersionSummary;
import gr.integrity.register.reporting.InaccuracyReports;
import gr.integrity.register.reporting.ReportView;
import gr.integrity.register.returns.Discrepancy;
import gr.integrity.register.returns.LobbyingReconciliation;
import gr.integrity.register.review.Clarification;
import gr.integrity.register.review.FlagView;
import gr.integrity.register.review.Review;
import gr.integrity.register.review.ReviewNote;
import gr.integrity.register.review.ReviewService;
import gr.integrity.register.web.support.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One filing's review: its flags explained, what the lobbying reconciliation finds about a declared meeting, its
 * versions (full data, compared field by field on the history page), the clarifications asked, the internal notes,
 * and the actions the workflow allows from where it stands.
 */
@Named
@ViewScoped
public class AuditorReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InaccuracyReports inaccuracyReports;

    @EJB
    private ReviewService reviews;

    @EJB
    private LobbyingReconciliation reconciliation;

    @EJB
    private DeclarationService declarations;

    private Long id;
    private Review review;
    private List<FlagView> flags;
    private List<ReviewNote> notes;
    private List<Clarification> clarifications;
    private List<VersionSummary> versions;
    private List<ReportView> reports;
    private List<Discrepancy> discrepancies;
    private DeclarationType type;
    private String message;
    private LocalDate dueDate;
    private String note;
    private String assignee;

    public void load() {
        long declarationId = Pages.required(id);
        review = reviews.review(declarationId);
        flags = reviews.flagsOf(declarationId);
        notes = reviews.notes(declarationId);
        clarifications = reviews.clarifications(declarationId);
        versions = declarations.history(declarationId);
        type = reviews.type(declarationId);
        reports = inaccuracyReports.ofDeclaration(declarationId);
        discrepancies = reconciliation.concerning(declarationId);
    }

    /** What the lobbying reconciliation finds about the meeting declared here, beside the filing's flags. */
    public List<Discrepancy> getDiscrepancies() {
        return discrepancies;
    }

    /** What the public reported as inaccurate in this filing (or its meeting record), beside its flags. */
    public List<ReportView> getReports() {
        return reports;
    }

    public DeclarationType getType() {
        return type;
    }

    public void take() {
        act(() -> reviews.assign(id, null), "review.taken");
    }

    public void assign() {
        act(() -> reviews.assign(id, assignee), "review.assigned");
    }

    public List<String> getAuditors() {
        return reviews.auditors();
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public void requestClarification() {
        act(() -> reviews.requestClarification(id, review.getVersion(), message, dueDate), "review.clarificationSent");
    }

    public void accept() {
        act(() -> reviews.accept(id, review.getVersion()), "review.accepted");
    }

    public void refer() {
        act(() -> reviews.refer(id, review.getVersion()), "review.referred");
    }

    public void addNote() {
        act(() -> reviews.addNote(id, note), "review.noteAdded", "note");
    }

    private void act(Runnable action, String done) {
        act(action, done, "review");
    }

    private void act(Runnable action, String done, String form) {
        Pages.attempt(form, () -> {
            action.run();
            Pages.flashInfo(done);
            Pages.redirect("/auditor/review.xhtml", "id", id);
        });
    }

    public boolean can(String state) {
        return review.getState().auditorMoves().stream().anyMatch(s -> s.name().equals(state));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Review getReview() {
        return review;
    }

    public List<FlagView> getFlags() {
        return flags;
    }

    public List<ReviewNote> getNotes() {
        return notes;
    }

    public List<Clarification> getClarifications() {
        return clarifications;
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
