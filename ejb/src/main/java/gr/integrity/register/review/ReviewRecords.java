package gr.integrity.register.review;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.declaration.CanonicalJson;
import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.declaration.DeclarationContent;
import gr.integrity.register.declaration.DeclarationKinds;
import gr.integrity.register.declaration.DeclarationSubmitted;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DeclarationVersion;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.FieldType;
import gr.integrity.register.declaration.Lateness;
import gr.integrity.register.declaration.SectionDef;
import gr.integrity.register.declaration.Submissions;
import gr.integrity.register.organisation.Organisation;
import gr.integrity.register.organisation.OrganisationPeople;
import gr.integrity.register.registry.DeadlinesExtended;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.RegistrySettings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a submission means for review, in the submission's transaction: the declaration enters review (or a
 * clarification is answered, or an accepted filing is to be looked at again), its red flags are raised afresh on
 * the new version and its risk score is their weighted sum.
 */
@Dependent
public class ReviewRecords {


    @PersistenceContext
    private EntityManager em;

    @Inject
    private DeclarationKinds kinds;

    @Inject
    private RegistrySettings settings;

    @EJB
    private OrganisationPeople people;

    @EJB
    private AuditTrail audit;

    void submitted(@Observes DeclarationSubmitted event) {
        Declaration declaration = em.find(Declaration.class, event.declarationId());
        // the review row is locked first, waiting for an auditor's decision in flight to commit: the filing then
        // goes through on the review as it now is, and counts as a change of it (its version moves on), so that a
        // decision taken on the page that showed the older version is refused (ReviewService) rather than the filing
        // (PESSIMISTIC_WRITE waits for the lock; Hibernate's pessimistic force-increment would not wait at all)
        Review review = em.find(Review.class, event.declarationId(), LockModeType.PESSIMISTIC_WRITE);
        if (review != null) {
            em.lock(review, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        boolean reviewStarted = review != null && review.isStarted();
        if (review == null) {
            review = new Review(event.declarationId());
            em.persist(review);
        } else {
            ReviewState before = review.getState();
            review.amended();
            if (before == ReviewState.CLARIFICATION_REQUESTED) {
                em.createQuery("select c from Clarification c where c.declarationId = :d and c.answeredAt is null",
                        Clarification.class).setParameter("d", event.declarationId()).getResultList()
                        .forEach(c -> c.answeredBy(event.versionNo()));
            }
            if (before != review.getState()) {
                audit.record(AuditAction.REVIEW_STATE_CHANGED, "Declaration", event.declarationId(),
                        before + " -> " + review.getState() + " (version " + event.versionNo() + " submitted)");
            }
        }
        FlagSubject subject = subject(declaration, event, reviewStarted);
        em.createQuery("delete from RedFlag f where f.declarationId = :d").setParameter("d", event.declarationId())
                .executeUpdate();
        for (RedFlagCatalogue.Raised raised : RedFlagCatalogue.raise(subject)) {
            em.persist(new RedFlag(raised.code(), event.declarationId(), event.versionNo(), event.personId(), null,
                    raised.flag()));
        }
        em.flush();
        review.score(score(event.declarationId()));
    }

    /**
     * After an extension, filings of those obligations that were late may be on time: their late-filing flag goes
     * and their risk score is summed again, so that the queue, the dashboard and the filing's page agree.
     */
    void deadlinesExtended(@Observes DeadlinesExtended extended) {
        String category = extended.category() == null ? "" : " and o.category = :category";
        var onTimeNow = em.createQuery("select f from RedFlag f, Declaration d left join d.obligation o"
                        + " where f.declarationId = d.id and f.code = 'LATE_FILING' and o.declarationType = :type"
                        + " and o.kind = :kind and o.periodYear = :year" + category + " and not " + Lateness.LATE_JPQL,
                        RedFlag.class)
                .setParameter("type", extended.type()).setParameter("kind", extended.kind())
                .setParameter("year", extended.periodYear());
        if (extended.category() != null) {
            onTimeNow.setParameter("category", extended.category());
        }
        Set<Long> rescored = new HashSet<>();
        for (RedFlag flag : onTimeNow.getResultList()) {
            rescored.add(flag.getDeclarationId());
            em.remove(flag);
        }
        em.flush();
        for (long declarationId : rescored) {
            Review review = em.find(Review.class, declarationId, LockModeType.PESSIMISTIC_WRITE);
            if (review != null) {
                review.score(score(declarationId));
            }
        }
    }

    /** The weighted sum of a declaration's red flags, by the weights as they are now. */
    int score(long declarationId) {
        Long sum = em.createQuery("select coalesce(sum(w.weight), 0) from RedFlag f, FlagWeight w"
                + " where f.code = w.code and f.declarationId = :d", Long.class)
                .setParameter("d", declarationId).getSingleResult();
        return sum.intValue();
    }

    private FlagSubject subject(Declaration declaration, DeclarationSubmitted event, boolean reviewStarted) {
        Map<String, BigDecimal> figures = kinds.of(event.type()).figures(event.content());
        Map<String, BigDecimal> previousVersion = event.versionNo() <= 1 ? null
                : figuresOf(declaration, event.versionNo() - 1);
        Integer previousYear = null;
        Map<String, BigDecimal> previousYearFigures = null;
        if (event.type() == DeclarationType.ASSET) {
            List<Declaration> earlier = em.createQuery("select d from Declaration d where d.person.id = :p"
                            + " and d.type = :t and d.periodYear < :y and d.latestVersionNo > 0 order by d.periodYear desc",
                            Declaration.class).setParameter("p", event.personId()).setParameter("t", DeclarationType.ASSET)
                    .setParameter("y", declaration.getPeriodYear()).setMaxResults(1).getResultList();
            if (!earlier.isEmpty()) {
                previousYear = earlier.get(0).getPeriodYear();
                previousYearFigures = figuresOf(earlier.get(0), earlier.get(0).getLatestVersionNo());
            }
        }
        Map<String, BigDecimal> thresholds = FlagSubject.settingsFrom(settings);
        LocalDate today = LocalDate.now(Obligation.ATHENS);
        return new FlagSubject(event.declarationId(), event.type(), event.personId(), event.versionNo(),
                event.content(), figures, previousVersion, previousYear, previousYearFigures, reviewStarted,
                Lateness.isLate(declaration), today, thresholds, lookups());
    }


    private Map<String, BigDecimal> figuresOf(Declaration declaration, int versionNo) {
        return em.createQuery("select v from DeclarationVersion v where v.declaration = :d and v.versionNo = :n",
                        DeclarationVersion.class).setParameter("d", declaration).setParameter("n", versionNo)
                .getResultStream().findFirst().map(v -> Submissions.readFigures(v.getFigures())).orElse(null);
    }

    private FlagSubject.Lookups lookups() {
        return new FlagSubject.Lookups() {
            @Override
            public Set<Long> declaredInterests(long personId) {
                return organisationsOfLatestInterests(personId);
            }

            @Override
            public List<String> coolingOffLobbyists(long organisationId) {
                return people.lobbyists(organisationId).stream().filter(l -> l.formerOfficial())
                        .map(l -> l.name() + ", " + l.pastPosition() + ", " + l.coolingOffUntil()).toList();
            }
        };
    }

    /** The organisations (as their records answer now) named anywhere in the person's latest interest declaration. */
    private Set<Long> organisationsOfLatestInterests(long personId) {
        List<Declaration> latest = em.createQuery("select d from Declaration d where d.person.id = :p and d.type = :t"
                        + " and d.latestVersionNo > 0 order by d.periodYear desc, d.id desc", Declaration.class)
                .setParameter("p", personId).setParameter("t", DeclarationType.INTEREST).setMaxResults(1).getResultList();
        Set<Long> ids = new HashSet<>();
        if (latest.isEmpty()) {
            return ids;
        }
        DeclarationVersion version = em.createQuery("select v from DeclarationVersion v where v.declaration = :d"
                        + " and v.versionNo = :n", DeclarationVersion.class).setParameter("d", latest.get(0))
                .setParameter("n", latest.get(0).getLatestVersionNo()).getSingleResult();
        DeclarationContent content = CanonicalJson.read(version.getContent());
        for (SectionDef section : kinds.of(DeclarationType.INTEREST).schema().sections()) {
            for (FieldDef field : section.fields()) {
                if (field.type() == FieldType.ORGANISATION_ID) {
                    content.items(section.name()).forEach(item -> {
                        String id = item.get(field.name());
                        if (id != null && id.matches("\\d{1,18}")) {
                            Organisation organisation = em.find(Organisation.class, Long.parseLong(id));
                            if (organisation != null) {
                                ids.add(organisation.survivor().getId());
                            }
                        }
                    });
                }
            }
        }
        return ids;
    }
}
