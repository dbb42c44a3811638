package gr.integrity.register.review;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.declaration.CanonicalJson;
import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.declaration.DeclarationKinds;
import gr.integrity.register.declaration.DeclarationSubmitted;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DeclarationVersion;
import gr.integrity.register.declaration.Lateness;
import gr.integrity.register.declaration.Submissions;
import gr.integrity.register.interest.InterestSchema;
import gr.integrity.register.lobbying.MeetingsRecorded;
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
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        if (event.type().isAnnualReturn()) {
            // an annual return is reconciled with the meetings declared (LobbyingReconciliation), not scored here
            return;
        }
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
     * The person's meetings changed (declared, amended, withheld, imported): the flag of a declaration of interests
     * naming an organisation they met is raised again on their latest one, on what is recorded now. A new such flag
     * on an accepted filing puts it back before the auditors; the score is summed again either way.
     */
    void meetingsRecorded(@Observes MeetingsRecorded recorded) {
        if (recorded.personIds().isEmpty()) {
            return;
        }
        List<DeclarationVersion> interests = latestInterests(recorded.personIds());
        if (interests.isEmpty()) {
            return;
        }
        em.flush();
        String code = RedFlagCatalogue.INTEREST_MET_ORGANISATION;
        for (DeclarationVersion version : interests) {
            long declarationId = version.getDeclaration().getId();
            long personId = version.getDeclaration().getPerson().getId();
            List<RaisedFlag> now = LobbyingFlagChecks.interestInMetOrganisation(CanonicalJson.read(version.getContent()),
                    personId, lookups());
            List<RedFlag> before = em.createQuery("select f from RedFlag f where f.declarationId = :d and f.code = :c",
                    RedFlag.class).setParameter("d", declarationId).setParameter("c", code).getResultList();
            Set<List<String>> had = new HashSet<>();
            before.forEach(f -> had.add(List.of(f.argumentList().toString(), String.valueOf(f.getSection()),
                    String.valueOf(f.getItemId()))));
            Set<List<String>> has = new HashSet<>();
            now.forEach(f -> has.add(List.of(f.arguments().toString(), String.valueOf(f.section()),
                    String.valueOf(f.itemId()))));
            if (had.equals(has)) {
                continue;
            }
            Review review = em.find(Review.class, declarationId, LockModeType.PESSIMISTIC_WRITE);
            before.forEach(em::remove);
            now.forEach(flag -> em.persist(new RedFlag(code, declarationId, version.getVersionNo(), personId, null, flag)));
            em.flush();
            if (review != null) {
                if (review.getState() == ReviewState.ACCEPTED && !had.containsAll(has)) {
                    review.amended();
                    audit.record(AuditAction.REVIEW_STATE_CHANGED, "Declaration", declarationId,
                            ReviewState.ACCEPTED + " -> " + review.getState() + " (a meeting with a declared interest"
                                    + " was recorded)");
                }
                review.score(score(declarationId));
            }
        }
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
                        .map(l -> l.name() + ", " + l.pastPosition() + (l.inOffice() ? "" : ", " + l.coolingOffUntil())).toList();
            }

            @Override
            public List<FlagSubject.MeetingHeld> meetingsWith(long personId, Set<Long> organisationIds) {
                return ReviewRecords.this.meetingsWith(personId, organisationIds);
            }
        };
    }

    /**
     * The organisations (as their records answer now) named anywhere in the person's latest interest declaration,
     * its header included.
     */
    private Set<Long> organisationsOfLatestInterests(long personId) {
        Set<Long> ids = new HashSet<>();
        latestInterests(Set.of(personId)).forEach(version -> InterestSchema.SCHEMA
                .organisationsIn(CanonicalJson.read(version.getContent()))
                .forEach(named -> survivorOf(named.organisationId()).ifPresent(ids::add)));
        return ids;
    }

    /** The latest submitted version of each person's latest declaration of interests (one per person at most). */
    private List<DeclarationVersion> latestInterests(Set<Long> personIds) {
        Map<Long, DeclarationVersion> latest = new HashMap<>();
        em.createQuery("select v from DeclarationVersion v join v.declaration d where d.person.id in :p"
                        + " and d.type = :t and d.latestVersionNo > 0 and v.versionNo = d.latestVersionNo"
                        + " order by d.periodYear desc, d.id desc", DeclarationVersion.class)
                // nothing this transaction has pending changes what was filed before it: an import's chunk is not
                // flushed row by row for it
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("p", personIds).setParameter("t", DeclarationType.INTEREST)
                .getResultStream().forEach(v -> latest.putIfAbsent(v.getDeclaration().getPerson().getId(), v));
        return List.copyOf(latest.values());
    }

    private Optional<Long> survivorOf(long organisationId) {
        return Optional.ofNullable(em.find(Organisation.class, organisationId)).map(o -> o.survivor().getId());
    }

    /**
     * The meetings recorded with the person, each with the organisation asked about that it was with: both sides
     * resolved to their survivors, so that a merge on either side still finds the meeting.
     */
    private List<FlagSubject.MeetingHeld> meetingsWith(long personId, Set<Long> organisationIds) {
        Map<Long, Long> askedBySurvivor = new HashMap<>();
        organisationIds.stream().sorted().forEach(id -> survivorOf(id).ifPresent(s -> askedBySurvivor.putIfAbsent(s, id)));
        if (askedBySurvivor.isEmpty()) {
            return List.of();
        }
        List<FlagSubject.MeetingHeld> held = new ArrayList<>();
        for (Object[] row : em.createQuery("select m.id, m.date, mo.organisationId from Meeting m join m.officials o"
                        + " join m.organisations mo where o.personId = :p order by m.date, m.id", Object[].class)
                .setParameter("p", personId).getResultList()) {
            Long asked = survivorOf((Long) row[2]).map(askedBySurvivor::get).orElse(null);
            if (asked != null) {
                held.add(new FlagSubject.MeetingHeld((Long) row[0], (LocalDate) row[1], asked));
            }
        }
        return held;
    }
}
