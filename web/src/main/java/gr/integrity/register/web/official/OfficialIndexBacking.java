package gr.integrity.register.web.official;

import gr.integrity.register.declaration.DeclarationService;
import gr.integrity.register.declaration.DeclarationSummary;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationService;
import gr.integrity.register.web.support.Pages;
import jakarta.annotation.PostConstruct;
import gr.integrity.register.review.Clarification;
import gr.integrity.register.review.ReviewService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An official's start page: what they must file and by when, and what they have filed. */
@Named
@RequestScoped
public class OfficialIndexBacking {

    @EJB
    private ObligationService obligations;

    @EJB
    private DeclarationService declarations;

    @EJB
    private ReviewService reviews;

    private List<Clarification> clarifications;

    private List<Obligation> mine;
    private List<DeclarationSummary> filed;
    private Map<Long, DeclarationSummary> byObligation;

    @PostConstruct
    void load() {
        mine = obligations.mine();
        clarifications = reviews.myOpenClarifications();
        filed = declarations.mine();
        byObligation = filed.stream().filter(d -> d.obligationId() != null)
                .collect(Collectors.toMap(DeclarationSummary::obligationId, Function.identity(), (a, b) -> a));
    }

    /** Questions auditors asked about the official's filings, to answer by amending. */
    public List<Clarification> getClarifications() {
        return clarifications;
    }

    /** The latest version of one of the official's declarations: where an amendment starts. */
    public int latestVersion(long declarationId) {
        return filed.stream().filter(d -> d.id() == declarationId).mapToInt(DeclarationSummary::latestVersionNo)
                .findFirst().orElse(1);
    }

    /** Opens the declaration answering the obligation (its draft is created, prefilled, on first use). */
    public void file(long obligationId) {
        Pages.attempt(null, () -> {
            long id = declarations.open(obligationId);
            Pages.redirect("/official/declarations/edit.xhtml", "id", id);
        });
    }

    /** Starts the declaration of a meeting: there is no obligation behind it, each meeting is one declaration. */
    public void declareMeeting() {
        Pages.attempt(null, () -> {
            long id = declarations.declare(DeclarationType.MEETING);
            Pages.redirect("/official/declarations/edit.xhtml", "id", id);
        });
    }

    public List<Obligation> getObligations() {
        return mine;
    }

    public List<DeclarationSummary> getDeclarations() {
        return filed;
    }

    /** The declaration answering an obligation, or null when filing has not started (or outside a table row). */
    public DeclarationSummary declarationFor(Obligation obligation) {
        return obligation == null ? null : byObligation.get(obligation.getId());
    }

    /** Days left until the deadline; negative once it has passed. */
    public long daysLeft(Obligation obligation) {
        return ChronoUnit.DAYS.between(LocalDate.now(Obligation.ATHENS), obligation.getDeadline());
    }
}
