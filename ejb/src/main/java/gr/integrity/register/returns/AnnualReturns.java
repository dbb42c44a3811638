package gr.integrity.register.returns;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationDraft;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.Lateness;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.registry.Institution;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.RegistrySettings;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Role;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where annual lobbying returns begin: a LOBBYIST opens the year's return of an organisation they represent, a
 * LIAISON the year's declaration of their institution. One return per declarant and year; opening it again finds
 * it. From there the return goes through the shared lifecycle (DeclarationService): draft, rules, submit, amend.
 */
@Stateless
public class AnnualReturns {

    /** The first year law 4829/2021 asks a return for. */
    public static final int FIRST_YEAR = 2022;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private AuditTrail audit;

    @Inject
    private RegistrySettings settings;

    /** The year's return of an organisation the caller represents: opened, with an empty draft, on first use. */
    @RolesAllowed(Roles.LOBBYIST)
    public long openForOrganisation(long organisationId, int year) {
        checkYear(year);
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new NotFoundException("Organisation", organisationId);
        }
        if (!organisation.isRepresentedBy(currentAccount.get())) {
            audit.recordIndependently(AuditAction.ACCESS_REFUSED, "Organisation", organisationId, "annual return");
            throw new AccessRefusedException();
        }
        List<Declaration> existing = em.createQuery("select d from Declaration d where d.organisation = :o"
                        + " and d.type = :t and d.periodYear = :y", Declaration.class).setParameter("o", organisation)
                .setParameter("t", DeclarationType.LOBBYING_RETURN).setParameter("y", year).getResultList();
        return existing.isEmpty()
                ? start(Declaration.annualReturn(DeclarationType.LOBBYING_RETURN, organisation, null, year,
                        settings.annualReturnDeadline(year)))
                : existing.get(0).getId();
    }

    /** The year's declaration of lobbying received by the caller's institution: opened on first use. */
    @RolesAllowed(Roles.LIAISON)
    public long openForInstitution(int year) {
        checkYear(year);
        Institution institution = currentAccount.get().getInstitution();
        if (institution == null) {
            throw new AccessRefusedException();
        }
        List<Declaration> existing = em.createQuery("select d from Declaration d where d.institution = :i"
                        + " and d.type = :t and d.periodYear = :y", Declaration.class).setParameter("i", institution)
                .setParameter("t", DeclarationType.LOBBYING_RECEIVED).setParameter("y", year).getResultList();
        return existing.isEmpty()
                ? start(Declaration.annualReturn(DeclarationType.LOBBYING_RECEIVED, null, institution, year,
                        settings.annualReturnDeadline(year)))
                : existing.get(0).getId();
    }

    /** The returns the caller files: their organisations' (a LOBBYIST) or their institution's (a LIAISON). */
    @RolesAllowed({Roles.LOBBYIST, Roles.LIAISON})
    public List<AnnualReturnSummary> mine() {
        Account account = currentAccount.get();
        List<Declaration> declarations = new ArrayList<>();
        if (account.hasRole(Role.LOBBYIST)) {
            declarations.addAll(em.createQuery("select d from Declaration d join fetch d.organisation o"
                    + " where o.representative = :me order by d.periodYear desc, o.nameKey", Declaration.class)
                    .setParameter("me", account).getResultList());
        }
        if (account.hasRole(Role.LIAISON) && account.getInstitution() != null) {
            declarations.addAll(em.createQuery("select d from Declaration d where d.institution = :i"
                    + " order by d.periodYear desc", Declaration.class)
                    .setParameter("i", account.getInstitution()).getResultList());
        }
        Set<Long> drafts = declarations.isEmpty() ? Set.of() : em.createQuery(
                        "select d.declarationId from DeclarationDraft d where d.declarationId in :ids", Long.class)
                .setParameter("ids", declarations.stream().map(Declaration::getId).toList())
                .getResultStream().collect(Collectors.toSet());
        return declarations.stream().map(d -> new AnnualReturnSummary(d.getId(), d.getType(), d.getPeriodYear(),
                d.declarantName(), d.returnDeadline(), d.getLatestVersionNo(),
                drafts.contains(d.getId()), d.getFirstSubmittedAt(), Lateness.isLate(d))).toList();
    }

    /** The year a return is usually filed for now: last year's (the returns are due in May). */
    public static int defaultYear() {
        return LocalDate.now(Obligation.ATHENS).getYear() - 1;
    }

    /** The years a return can be filed (and reconciled) for: last year down to the law's first. */
    public static List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = defaultYear(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    private long start(Declaration declaration) {
        em.persist(declaration);
        em.flush();
        em.persist(DeclarationDraft.first(declaration.getId(), new DeclarationContent()));
        audit.record(AuditAction.DECLARATION_STARTED, "Declaration", declaration.getId(),
                declaration.getType() + " " + declaration.getPeriodYear() + " of " + declaration.declarantName());
        return declaration.getId();
    }

    /** A year of the law, and over: the current year's return is filed once the year has ended. */
    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > defaultYear()) {
            throw new InvalidInputException("return.badYear", "year", FIRST_YEAR, defaultYear());
        }
    }
}
