package gr.integrity.register.review;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.common.validation.PlainTextValidator;
import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.registry.Forms;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.platform.mail.MailService;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The auditors' review workflow. Every action checks the caller is an auditor (an official who tries is refused
 * and the attempt recorded), that the workflow allows the move from where the filing stands, and records itself
 * in the audit trail. Auditors never change a filing: they write only review records.
 */
@Stateless
@PermitAll
public class ReviewService {

    static final int NOTE_MAX = 4000;
    static final int MESSAGE_MAX = 2000;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private AuditTrail audit;

    @EJB
    private MailService mail;

    /** Filings in review, highest risk first, by the filter. */
    public ResultPage<QueueRow> queue(ReviewFilter filter, PageRequest page) {
        requireAuditor(null);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.state() != null) {
            where.append(" and r.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.type() != null) {
            where.append(" and d.type = :type");
            parameters.put("type", filter.type());
        }
        if (filter.year() != null) {
            where.append(" and d.periodYear = :year");
            parameters.put("year", filter.year());
        }
        if (filter.institutionId() != null) {
            where.append(" and d.obligation.mandate.position.institution.id = :institution");
            parameters.put("institution", filter.institutionId());
        }
        if (filter.flagCode() != null) {
            where.append(" and exists (select f.id from RedFlag f where f.declarationId = r.declarationId and f.code = :flag)");
            parameters.put("flag", filter.flagCode());
        }
        String from = " from Review r, Declaration d left join d.obligation o left join o.mandate m left join m.position p"
                + " left join p.institution i";
        String join = " and d.id = r.declarationId";
        TypedQuery<Long> count = em.createQuery("select count(r)" + from + where + join, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("select r, d, i.nameEl" + from + where + join
                + " order by r.riskScore desc, r.stateChangedAt, r.declarationId", Object[].class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<Object[]> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        Map<Long, List<String>> codes = flagCodes(found.stream().map(row -> ((Review) row[0]).getDeclarationId()).toList());
        List<QueueRow> items = new ArrayList<>();
        for (Object[] row : found) {
            Review review = (Review) row[0];
            Declaration declaration = (Declaration) row[1];
            items.add(new QueueRow(declaration.getId(), declaration.getType(), declaration.getPeriodYear(),
                    declaration.getPerson().getId(), declaration.getPerson().fullName(false), (String) row[2],
                    review.getState(), review.getAssignedTo(), review.getRiskScore(), review.getStateChangedAt(),
                    codes.getOrDefault(declaration.getId(), List.of())));
        }
        return new ResultPage<>(items, count.getSingleResult());
    }

    public Review review(long declarationId) {
        requireAuditor(declarationId);
        return found(declarationId);
    }

    /** The type of the declaration under review (which schema its flags' sections belong to). */
    public DeclarationType type(long declarationId) {
        requireAuditor(declarationId);
        found(declarationId);
        return em.find(Declaration.class, declarationId).getType();
    }

    /** Takes a filing into review, assigned to an auditor (the caller, or another); reassigns one in review. */
    public Review assign(long declarationId, String auditor) {
        requireAuditor(declarationId);
        Review review = found(declarationId);
        String to = auditor == null || auditor.isBlank() ? currentAccount.username() : auditor.strip();
        List<Account> account = em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", to)
                .getResultList();
        if (account.isEmpty() || !account.get(0).getRoles().contains(gr.integrity.register.security.Role.AUDITOR)) {
            throw new InvalidInputException("review.notAnAuditor", "auditor", to);
        }
        if (filedBy(account.get(0), declarationId)) {
            throw new InvalidInputException("review.ownFiling", "auditor", to);
        }
        review.assign(to);
        audit.record(AuditAction.REVIEW_ASSIGNED, "Declaration", declarationId, "to " + to);
        return review;
    }

    /** The auditors a filing can be assigned to: accounts with the AUDITOR role, by user name. */
    public List<String> auditors() {
        requireAuditor(null);
        return em.createQuery("select a.username from Account a join a.roles r where r = :role order by a.username",
                String.class).setParameter("role", gr.integrity.register.security.Role.AUDITOR).getResultList();
    }

    /**
     * Asks the filer a question, due by a day after today; the filing waits for the filer's amendment. The filer
     * sees it on their page and gets a mail.
     */
    public Clarification requestClarification(long declarationId, int seenVersion, String message, LocalDate dueDate) {
        requireAuditor(declarationId);
        Review review = unchangedSince(declarationId, seenVersion);
        String text = Forms.clean(message);
        if (text == null || text.length() > MESSAGE_MAX || !PlainTextValidator.isPlain(text, true)) {
            throw new InvalidInputException("review.message", "message", MESSAGE_MAX);
        }
        if (dueDate == null || !dueDate.isAfter(LocalDate.now(Obligation.ATHENS))) {
            throw new InvalidInputException("review.dueDatePast", "dueDate");
        }
        review.moveTo(ReviewState.CLARIFICATION_REQUESTED);
        Clarification clarification = new Clarification(declarationId, currentAccount.username(), text, dueDate);
        em.persist(clarification);
        audit.record(AuditAction.CLARIFICATION_REQUESTED, "Declaration", declarationId, "due " + dueDate);
        Declaration declaration = em.find(Declaration.class, declarationId);
        em.createQuery("select a from Account a where a.person = :p", Account.class)
                .setParameter("p", declaration.getPerson()).getResultList()
                .forEach(a -> mail.queue(a.getEmail(), Locale.forLanguageTag(a.getLanguage()),
                        "mail.clarification.subject", "mail.clarification.body", a.getDisplayName(),
                        declaration.getPeriodYear(), dueDate.toString()));
        return clarification;
    }

    /** Accepts the filing as the auditor saw it: {@code seenVersion} is the review's version on their page. */
    public Review accept(long declarationId, int seenVersion) {
        return decide(declarationId, seenVersion, ReviewState.ACCEPTED);
    }

    /** Refers the filing as the auditor saw it: {@code seenVersion} is the review's version on their page. */
    public Review refer(long declarationId, int seenVersion) {
        return decide(declarationId, seenVersion, ReviewState.REFERRED);
    }

    private Review decide(long declarationId, int seenVersion, ReviewState decision) {
        requireAuditor(declarationId);
        Review review = unchangedSince(declarationId, seenVersion);
        ReviewState before = review.getState();
        review.moveTo(decision);
        audit.record(AuditAction.REVIEW_STATE_CHANGED, "Declaration", declarationId, before + " -> " + decision);
        return review;
    }

    /**
     * The review, unless it changed since the auditor's page read it: another auditor acted, or the official filed
     * a new version (which counts as a change of the review). A decision is about what the auditor saw; on anything
     * newer they are told to look again, and nothing changes. Two decisions at the same moment are kept apart by
     * the review's version column: the second to commit fails and changes nothing.
     */
    private Review unchangedSince(long declarationId, int seenVersion) {
        Review review = found(declarationId);
        if (review.getVersion() != seenVersion) {
            throw new ConflictException("review.changedMeanwhile");
        }
        return review;
    }

    /** An internal note: for auditors only. */
    public ReviewNote addNote(long declarationId, String text) {
        requireAuditor(declarationId);
        found(declarationId);
        String note = Forms.clean(text);
        if (note == null || note.length() > NOTE_MAX || !PlainTextValidator.isPlain(note, true)) {
            throw new InvalidInputException("review.note", "note", NOTE_MAX);
        }
        ReviewNote written = new ReviewNote(declarationId, currentAccount.username(), note);
        em.persist(written);
        audit.record(AuditAction.REVIEW_NOTE_ADDED, "Declaration", declarationId, null);
        return written;
    }

    public List<ReviewNote> notes(long declarationId) {
        requireAuditor(declarationId);
        return em.createQuery("select n from ReviewNote n where n.declarationId = :d order by n.writtenAt, n.id",
                ReviewNote.class).setParameter("d", declarationId).getResultList();
    }

    public List<Clarification> clarifications(long declarationId) {
        requireAuditor(declarationId);
        return em.createQuery("select c from Clarification c where c.declarationId = :d order by c.requestedAt",
                Clarification.class).setParameter("d", declarationId).getResultList();
    }

    /** A filing's red flags with their weights as they are now, heaviest first. */
    public List<FlagView> flagsOf(long declarationId) {
        requireAuditor(declarationId);
        List<FlagView> flags = flags(declarationId);
        // the explanations quote the full content (an amount against an income, a value typed in a public field):
        // showing them is a read of unredacted data like any other, and in the trail
        String versions = flags.stream().filter(f -> !f.arguments().isEmpty() && f.versionNo() != null)
                .map(f -> String.valueOf(f.versionNo())).distinct().sorted().collect(Collectors.joining(", "));
        if (!versions.isEmpty()) {
            audit.record(AuditAction.UNREDACTED_VIEW, "Declaration", declarationId,
                    "red-flag explanations, version " + versions);
        }
        return flags;
    }

    /** The questions auditors asked the caller (an official) that the caller has not yet answered by amending. */
    @RolesAllowed(Roles.OFFICIAL)
    public List<Clarification> myOpenClarifications() {
        Account account = currentAccount.get();
        if (account.getPerson() == null) {
            return List.of();
        }
        return em.createQuery("select c from Clarification c, Declaration d where d.id = c.declarationId"
                        + " and d.person = :p and c.answeredAt is null order by c.dueDate", Clarification.class)
                .setParameter("p", account.getPerson()).getResultList();
    }

    /** The distinct flag codes of a page of filings, heaviest first, in one query for the page. */
    private Map<Long, List<String>> flagCodes(List<Long> declarationIds) {
        Map<Long, List<String>> codes = new HashMap<>();
        if (declarationIds.isEmpty()) {
            return codes;
        }
        em.createQuery("select f.declarationId, f.code from RedFlag f, FlagWeight w where f.code = w.code"
                        + " and f.declarationId in :ids order by w.weight desc, f.id", Object[].class)
                .setParameter("ids", declarationIds).getResultList().forEach(row -> {
                    List<String> of = codes.computeIfAbsent((Long) row[0], id -> new ArrayList<>());
                    if (!of.contains((String) row[1])) {
                        of.add((String) row[1]);
                    }
                });
        return codes;
    }

    private List<FlagView> flags(long declarationId) {
        return em.createQuery("select f, w.weight from RedFlag f, FlagWeight w where f.code = w.code"
                        + " and f.declarationId = :d order by w.weight desc, f.id", Object[].class)
                .setParameter("d", declarationId).getResultStream().map(row -> {
                    RedFlag f = (RedFlag) row[0];
                    return new FlagView(f.getCode(), (Integer) row[1], f.argumentList(), f.getDeclarationId(),
                            f.getVersionNo(), f.getSection(), f.getItemId());
                }).toList();
    }

    private Review found(long declarationId) {
        Review review = em.find(Review.class, declarationId);
        if (review == null) {
            throw new NotFoundException("Review", declarationId);
        }
        return review;
    }

    /**
     * Only auditors review, and never a filing of their own person (an auditor who also holds an office files
     * like anyone else); anyone else who calls is refused, and the attempt is in the audit trail.
     */
    private void requireAuditor(Long declarationId) {
        if (!currentAccount.isInRole(Roles.AUDITOR)
                || declarationId != null && filedBy(currentAccount.get(), declarationId)) {
            audit.recordIndependently(AuditAction.ACCESS_REFUSED, "Review", declarationId, null);
            throw new AccessRefusedException();
        }
    }

    /** Whether the declaration is the account's own person's. */
    private boolean filedBy(Account account, long declarationId) {
        if (account == null || account.getPerson() == null) {
            return false;
        }
        Declaration declaration = em.find(Declaration.class, declarationId);
        return declaration != null && declaration.getPerson().getId().equals(account.getPerson().getId());
    }
}
