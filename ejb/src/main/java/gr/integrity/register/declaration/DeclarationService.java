package gr.integrity.register.declaration;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.fees.LateFee;
import gr.integrity.register.fees.LateFeeRules;
import gr.integrity.register.organisation.OrganisationLinks;
import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.RegistrySettings;
import gr.integrity.register.security.Account;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filing lifecycle, the same for every declaration type: open a draft for an obligation, save it (always
 * accepted, with the rules' findings), submit it (refused while errors remain or warnings are unconfirmed; exactly
 * one version however often it is sent), amend a submitted declaration with a reason, and read its history.
 * Every method checks that the declaration is the caller's own. The organisations a declaration names are linked
 * to their records here, for every type and every entry point.
 */
@Stateless
public class DeclarationService {

    /** A draft larger than this is not a declaration but an attack; it is refused before it is stored. */
    static final int MAX_DRAFT_CHARS = 2_000_000;
    static final int MAX_ITEMS = 2_000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DeclarationKinds kinds;

    @Inject
    private DeclarationAccess access;

    @Inject
    private Submissions submissions;

    @Inject
    private OrganisationLinks organisations;

    @Inject
    private RegistrySettings settings;

    @Inject
    private LateFeeRules lateFees;

    @EJB
    private CurrentAccount currentAccount;

    @Inject
    private Event<DeclarationSubmitted> submitted;

    @EJB
    private AuditTrail audit;

    @EJB
    private AttachedDocuments documents;

    /**
     * A new declaration of a type declared per event (a meeting), with an empty draft: there is no obligation
     * behind it, so each call starts another.
     */
    @RolesAllowed(Roles.OFFICIAL)
    public long declare(DeclarationType type) {
        Account account = currentAccount.get();
        if (type == null || !kinds.knows(type) || !kinds.of(type).declaredPerEvent()) {
            throw new InvalidInputException("declaration.notPerEvent", "type");
        }
        if (account.getPerson() == null) {
            throw new AccessRefusedException();
        }
        Declaration declaration = new Declaration(type, account.getPerson(), null, LocalDate.now(Obligation.ATHENS).getYear());
        em.persist(declaration);
        em.flush();
        DeclarationContent draft = kinds.of(type).newDraft(declaration.getPeriodYear(), null);
        em.persist(new DeclarationDraft(declaration.getId(), CanonicalJson.write(draft), 0, null));
        audit.record(AuditAction.DECLARATION_STARTED, "Declaration", declaration.getId(), type.name());
        return declaration.getId();
    }

    /** The declaration answering an obligation of the caller's: opened (with a draft) on first use. */
    @RolesAllowed(Roles.OFFICIAL)
    public long open(long obligationId) {
        Obligation obligation = em.find(Obligation.class, obligationId);
        Account account = currentAccount.get();
        if (obligation == null) {
            throw new NotFoundException("Obligation", obligationId);
        }
        if (account.getPerson() == null || !account.getPerson().getId().equals(obligation.getPerson().getId())) {
            audit.recordIndependently(AuditAction.ACCESS_REFUSED, "Obligation", obligationId, null);
            throw new AccessRefusedException();
        }
        List<Declaration> existing = em.createQuery("select d from Declaration d where d.obligation = :obligation",
                Declaration.class).setParameter("obligation", obligation).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0).getId();
        }
        if (!kinds.knows(obligation.getDeclarationType())) {
            throw new ConflictException("declaration.typeNotYetFiled");
        }
        Declaration declaration = new Declaration(obligation.getDeclarationType(), obligation.getPerson(), obligation,
                obligation.getPeriodYear());
        em.persist(declaration);
        em.flush();
        DeclarationKind kind = kinds.of(declaration.getType());
        DeclarationContent previous = previousContent(declaration);
        DeclarationContent draft = kind.newDraft(declaration.getPeriodYear(), previous);
        organisations.link(kind.schema(), draft, null);
        em.persist(new DeclarationDraft(declaration.getId(), CanonicalJson.write(draft), 0, null));
        audit.record(AuditAction.DECLARATION_STARTED, "Declaration", declaration.getId(),
                declaration.getType() + " " + declaration.getPeriodYear() + (previous == null ? "" : " prefilled"));
        return declaration.getId();
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON})
    public DraftView draft(long declarationId) {
        Declaration declaration = access.own(declarationId, false);
        DeclarationDraft draft = em.find(DeclarationDraft.class, declarationId);
        if (draft == null) {
            throw new ConflictException("declaration.noDraft");
        }
        return view(declaration, draft, CanonicalJson.read(draft.getContent()));
    }

    /**
     * Saves the draft as it is, whatever the rules find: nothing typed is lost. Refused only when another page
     * saved the draft since this one read it (two tabs), so that neither overwrites the other unknowingly.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON})
    public DraftView saveDraft(long declarationId, int revision, DeclarationContent content) {
        Declaration declaration = access.own(declarationId, true);
        DeclarationDraft draft = em.find(DeclarationDraft.class, declarationId);
        if (draft == null) {
            throw new ConflictException("declaration.noDraft");
        }
        if (draft.getRevision() != revision) {
            throw new ConflictException("declaration.draftChanged");
        }
        DeclarationSchema schema = kinds.of(declaration.getType()).schema();
        DeclarationContent kept = keepKnown(schema, content);
        documents.keepAttached(declarationId, schema, kept);
        organisations.link(schema, kept, null);
        String json = CanonicalJson.write(kept);
        if (json.length() > MAX_DRAFT_CHARS || kept.itemCount() > MAX_ITEMS) {
            throw new InvalidInputException("declaration.tooLarge", null, MAX_ITEMS);
        }
        draft.replace(json);
        return view(declaration, draft, kept);
    }

    /**
     * Submits the draft the caller reviewed. The same submission key (a second click, a retry after a timeout)
     * returns the version it made; a second tab with the same draft finds the version the first one made.
     *
     * @param confirmations the warnings the filer confirmed, by {@link Finding#location()}, with explanations
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON})
    public VersionView submit(long declarationId, int revision, String submissionKey, Map<String, String> confirmations) {
        if (submissionKey == null || !submissionKey.matches("[A-Za-z0-9-]{8,64}")) {
            throw new InvalidInputException("declaration.badSubmissionKey", null);
        }
        Declaration declaration = access.own(declarationId, true);
        List<DeclarationVersion> already = em.createQuery("select v from DeclarationVersion v"
                        + " where v.submissionKey = :key", DeclarationVersion.class)
                .setParameter("key", submissionKey).getResultList();
        if (!already.isEmpty()) {
            if (!already.get(0).getDeclaration().getId().equals(declarationId)) {
                throw new InvalidInputException("declaration.badSubmissionKey", null);
            }
            return versionView(declaration, already.get(0));
        }
        DeclarationDraft draft = em.find(DeclarationDraft.class, declarationId);
        if (draft == null) {
            DeclarationVersion latest = latestVersion(declaration);
            if (latest != null && latest.getDraftRevision() == revision) {
                return versionView(declaration, latest);
            }
            throw new ConflictException("declaration.noDraft");
        }
        if (draft.getRevision() != revision) {
            throw new ConflictException("declaration.draftChanged");
        }
        DeclarationKind kind = kinds.of(declaration.getType());
        DeclarationContent content = CanonicalJson.read(draft.getContent());
        Map<String, String> confirmed = PreparedVersion.confirmed(kind, content, context(declaration), confirmations);
        // the organisations still unknown become pending records (the filer confirmed that warning above)
        organisations.link(kind.schema(), content, currentAccount.username());
        PreparedVersion prepared = PreparedVersion.seal(kind, content, confirmed);
        DeclarationVersion version = submissions.create(declaration, prepared, draft.getRevision(), submissionKey,
                currentAccount.username(), draft.getAmendmentReason());
        em.remove(draft);
        Long personId = declaration.getPerson() == null ? null : declaration.getPerson().getId();
        submitted.fire(new DeclarationSubmitted(declarationId, declaration.getType(), personId,
                version.getVersionNo(), prepared.content()));
        audit.record(Submissions.auditAction(version.getVersionNo()), "Declaration", declarationId,
                Submissions.auditDetails(version.getReceiptNumber(), version.getContentHash()));
        return versionView(declaration, version);
    }

    /** Starts an amendment: a draft copied from the latest version, with the reason the filer gives. */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON})
    public DraftView amend(long declarationId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 2_000) {
            throw new InvalidInputException("declaration.reasonRequired", "reason", 10, 2_000);
        }
        Declaration declaration = access.own(declarationId, true);
        if (em.find(DeclarationDraft.class, declarationId) != null) {
            throw new ConflictException("declaration.draftExists");
        }
        DeclarationVersion latest = latestVersion(declaration);
        if (latest == null) {
            throw new ConflictException("declaration.notSubmitted");
        }
        DeclarationDraft draft = new DeclarationDraft(declarationId, latest.getContent(), latest.getVersionNo(), why);
        em.persist(draft);
        audit.record(AuditAction.DECLARATION_AMENDMENT_STARTED, "Declaration", declarationId, why);
        return view(declaration, draft, CanonicalJson.read(latest.getContent()));
    }

    /** The caller's declarations, latest period first. */
    @RolesAllowed(Roles.OFFICIAL)
    public List<DeclarationSummary> mine() {
        Account account = currentAccount.get();
        if (account.getPerson() == null) {
            return List.of();
        }
        List<Declaration> declarations = em.createQuery("select d from Declaration d left join fetch d.obligation"
                        + " where d.person.id = :person order by d.periodYear desc, d.id desc", Declaration.class)
                .setParameter("person", account.getPerson().getId()).getResultList();
        Set<Long> drafts = declarations.isEmpty() ? Set.of() : em.createQuery(
                        "select d.declarationId from DeclarationDraft d where d.declarationId in :ids", Long.class)
                .setParameter("ids", declarations.stream().map(Declaration::getId).toList())
                .getResultStream().collect(Collectors.toSet());
        List<DeclarationSummary> summaries = new ArrayList<>();
        for (Declaration d : declarations) {
            Obligation o = d.getObligation();
            summaries.add(new DeclarationSummary(d.getId(), o == null ? null : o.getId(), d.getType(), d.getPeriodYear(),
                    o == null ? null : o.getKind().name(), o == null ? null : o.getDeadline(), d.getLatestVersionNo(),
                    drafts.contains(d.getId()), d.getFirstSubmittedAt(), Lateness.isLate(d)));
        }
        return summaries;
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON, Roles.AUDITOR})
    public List<VersionSummary> history(long declarationId) {
        Declaration declaration = access.readable(declarationId);
        int grace = graceDays();
        List<VersionSummary> history = new ArrayList<>();
        for (DeclarationVersion v : versions(declaration)) {
            boolean late = v.getVersionNo() == 1 ? Lateness.isLate(declaration)
                    : Lateness.isLateCorrection(declaration.getObligation(), declaration.getFirstSubmittedAt(),
                    v.getSubmittedAt(), grace);
            // a meeting declaration has no obligation, and owes no fee however late
            LateFee fee = late && declaration.getObligation() != null
                    ? lateFees.feeOf(declaration.getObligation(), v.getSubmittedAt()).orElse(null) : null;
            history.add(new VersionSummary(v.getVersionNo(), v.getReceiptNumber(), v.getSubmittedAt(),
                    v.getAmendmentReason(), v.getVersionNo() < declaration.getLatestVersionNo(), late, fee));
        }
        return history;
    }

    /** A version with its full content, to be shown. An auditor's reading is recorded in the audit trail. */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON, Roles.AUDITOR})
    public VersionView version(long declarationId, int versionNo) {
        return fullContent(declarationId, versionNo, "version " + versionNo);
    }

    /**
     * A version with its full content, for its filed PDF (DeclarationDocuments): an auditor's download is recorded
     * as a download, apart from reading the version on its page.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON, Roles.AUDITOR})
    public VersionView versionForCopy(long declarationId, int versionNo) {
        return fullContent(declarationId, versionNo, "version " + versionNo + ", filed PDF");
    }

    private VersionView fullContent(long declarationId, int versionNo, String read) {
        Declaration declaration = access.readable(declarationId);
        DeclarationVersion version = version(declaration, versionNo);
        access.recordFullRead(declaration, read);
        return versionView(declaration, version);
    }

    /** The changes between two versions; an auditor's comparison reads both in full and is recorded so. */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON, Roles.AUDITOR})
    public List<FieldChange> compare(long declarationId, int fromVersion, int toVersion) {
        Declaration declaration = access.readable(declarationId);
        DeclarationContent before = CanonicalJson.read(version(declaration, fromVersion).getContent());
        DeclarationContent after = CanonicalJson.read(version(declaration, toVersion).getContent());
        access.recordFullRead(declaration, "versions " + fromVersion + " and " + toVersion + " compared");
        return VersionComparison.compare(kinds.of(declaration.getType()).schema(), before, after);
    }

    /** Whether the caller has a draft for the declaration (the page offers to continue it). */
    @RolesAllowed({Roles.OFFICIAL, Roles.LOBBYIST, Roles.LIAISON})
    public boolean hasDraft(long declarationId) {
        access.own(declarationId, false);
        return em.find(DeclarationDraft.class, declarationId) != null;
    }

    RuleContext context(Declaration declaration) {
        Obligation obligation = declaration.getObligation();
        Map<String, BigDecimal> thresholds = new HashMap<>();
        kinds.of(declaration.getType()).thresholds().forEach((name, fallback) ->
                thresholds.put(name, Numbers.valueOr(settings.value(name, fallback.toPlainString()), fallback)));
        Instant first = declaration.getFirstSubmittedAt();
        LocalDate deadline = obligation != null ? obligation.getDeadline()
                : declaration.returnDeadline();
        return new RuleContext(declaration.getPeriodYear(),
                declaration.getPerson() == null ? null : declaration.getPerson().getBirthDate(), deadline,
                LocalDate.now(Obligation.ATHENS),
                first == null ? null : first.atZone(Obligation.ATHENS).toLocalDate(), thresholds);
    }

    private int graceDays() {
        return settings.correctionGraceDays();
    }

    private DraftView view(Declaration declaration, DeclarationDraft draft, DeclarationContent content) {
        Obligation o = declaration.getObligation();
        RuleContext context = context(declaration);
        List<Finding> findings = kinds.of(declaration.getType()).check(content, context);
        return new DraftView(declaration.getId(), declaration.getType(), declaration.getPeriodYear(),
                o == null ? null : o.getKind().name(), declaration.declarantName(), draft.getRevision(),
                draft.getBaseVersionNo(), draft.getAmendmentReason(), content, findings,
                context.deadline(), draft.getUpdatedAt());
    }

    private VersionView versionView(Declaration declaration, DeclarationVersion v) {
        Obligation o = declaration.getObligation();
        return new VersionView(declaration.getId(), declaration.getType(), declaration.getPeriodYear(),
                o == null ? null : o.getKind().name(), declaration.declarantName(), v.getVersionNo(),
                declaration.getLatestVersionNo(), v.getReceiptNumber(), v.getSubmittedAt(), v.getSubmittedBy(),
                v.getContentHash(), v.getChainHash(), v.getAmendmentReason(), CanonicalJson.read(v.getContent()),
                CanonicalJson.readStrings(v.getConfirmations()), CanonicalJson.readStrings(v.getFigures()),
                Lateness.isLate(declaration));
    }

    private List<DeclarationVersion> versions(Declaration declaration) {
        return em.createQuery("select v from DeclarationVersion v where v.declaration = :d order by v.versionNo",
                DeclarationVersion.class).setParameter("d", declaration).getResultList();
    }

    private DeclarationVersion version(Declaration declaration, int versionNo) {
        return em.createQuery("select v from DeclarationVersion v where v.declaration = :d and v.versionNo = :no",
                        DeclarationVersion.class).setParameter("d", declaration).setParameter("no", versionNo)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("Version", versionNo));
    }

    private DeclarationVersion latestVersion(Declaration declaration) {
        return declaration.getLatestVersionNo() == 0 ? null : version(declaration, declaration.getLatestVersionNo());
    }

    /** The person's latest submitted content of the same type, to prefill a new draft from. */
    private DeclarationContent previousContent(Declaration declaration) {
        List<String> latest = em.createQuery("select v.content from DeclarationVersion v join v.declaration d"
                        + " where d.person = :person and d.type = :type and d.id <> :id"
                        + " order by d.periodYear desc, v.versionNo desc", String.class)
                .setParameter("person", declaration.getPerson()).setParameter("type", declaration.getType())
                .setParameter("id", declaration.getId()).setMaxResults(1).getResultList();
        return latest.isEmpty() ? null : CanonicalJson.read(latest.get(0));
    }

    /** Only the sections and fields the type knows; anything else a crafted request adds is dropped. */
    static DeclarationContent keepKnown(DeclarationSchema schema, DeclarationContent content) {
        return schema.copy(content, id -> id != null && id.matches("[A-Za-z0-9-]{1,64}") ? id
                : java.util.UUID.randomUUID().toString(), (field, value) -> value);
    }
}
