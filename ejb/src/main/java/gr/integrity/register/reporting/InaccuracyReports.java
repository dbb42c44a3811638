package gr.integrity.register.reporting;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import gr.integrity.register.common.BusinessException;
import gr.integrity.register.common.ConflictException;
import gr.integrity.register.common.InvalidInputException;
import gr.integrity.register.common.NotFoundException;
import gr.integrity.register.common.PageRequest;
import gr.integrity.register.common.ResultPage;
import gr.integrity.register.declaration.AttachedDocuments;
import gr.integrity.register.declaration.Declaration;
import gr.integrity.register.declaration.DeclarationKinds;
import gr.integrity.register.declaration.DeclarationSchema;
import gr.integrity.register.declaration.DeclarationType;
import gr.integrity.register.declaration.DocumentFile;
import gr.integrity.register.declaration.FieldDef;
import gr.integrity.register.declaration.SectionDef;
import gr.integrity.register.lobbying.Meeting;
import gr.integrity.register.lobbying.MeetingSearch;
import gr.integrity.register.platform.ClientContext;
import gr.integrity.register.platform.ClientKeys;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.platform.persistence.DatabaseLimits;
import gr.integrity.register.publication.PublicDeclaration;
import gr.integrity.register.publication.PublicDeclarationService;
import gr.integrity.register.publication.PublicVersion;
import gr.integrity.register.security.CurrentAccount;
import gr.integrity.register.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports from the public that a field of what the register publishes is inaccurate. Anyone may report, on a
 * version the public sees or on a meeting record, naming one of its public fields (or none in particular), with an
 * explanation and optionally a PDF as evidence; the reporter gets a reference number and nothing else, and no part of
 * a report reaches a public surface. Auditors find the open reports on their queue and beside the filing's flags,
 * read the evidence (recorded in the audit trail) and mark a report handled with a note. One address may send
 * {@link #PER_HOUR} reports an hour.
 */
@Stateless
public class InaccuracyReports {

    public static final int PER_HOUR = 5;
    public static final int EXPLANATION_MIN = 20;
    public static final int EXPLANATION_MAX = 4000;
    public static final int EVIDENCE_MAX_MEGABYTES = 5;
    /** The field a reporter names when the inaccuracy is not in one field. */
    public static final String OTHER = "other";
    /** What a meeting record shows, as its page and files name it. */
    public static final List<String> MEETING_FIELDS = List.of("meeting.date", "meeting.subject", "meeting.location",
            "meeting.officials", "meeting.organisations", "meeting.areas");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PublicDeclarationService publication;

    @Inject
    private DeclarationKinds kinds;

    @EJB
    private MeetingSearch meetings;

    @Inject
    private ClientContext client;

    @Inject
    private ClientKeys clientKeys;

    @Inject
    private DatabaseLimits databaseLimits;

    @EJB
    private CurrentAccount currentAccount;

    @EJB
    private AuditTrail audit;

    /**
     * The fields a reporter may name on the target, as "section.field" keys (the public ones only), then
     * {@link #OTHER}; a target the public does not see is not found.
     */
    @PermitAll
    public List<String> fieldsOf(ReportTarget target) {
        List<String> fields = new ArrayList<>();
        if (target.isMeeting()) {
            meetings.meeting(target.meetingId()); // as the public sees it, or not found
            fields.addAll(MEETING_FIELDS);
        } else {
            PublicDeclaration declaration = publication.declaration(target.declarationId());
            PublicVersion version = publication.version(target.declarationId(), target.versionNo());
            if (version.withheld()) {
                throw new NotFoundException("Version", target.versionNo());
            }
            DeclarationSchema schema = kinds.of(declaration.type()).schema();
            schema.headerFields().stream().filter(InaccuracyReports::shown)
                    .forEach(f -> fields.add(DeclarationSchema.HEADER + "." + f.name()));
            for (SectionDef section : schema.sections()) {
                section.fields().stream().filter(InaccuracyReports::shown)
                        .forEach(f -> fields.add(section.name() + "." + f.name()));
            }
        }
        fields.add(OTHER);
        return fields;
    }

    /**
     * Receives a report and answers its reference number. Refused, with nothing kept, when the field is not one of
     * the target's public fields, the explanation is too short or too long, the evidence is not a PDF or too large,
     * or the address has sent {@link #PER_HOUR} reports in the last hour.
     */
    @PermitAll
    public String report(ReportTarget target, String field, String explanation, byte[] evidence) {
        if (field == null || !fieldsOf(target).contains(field)) {
            throw new InvalidInputException("report.field", "field");
        }
        String text = explanation == null ? "" : explanation.strip();
        if (text.length() < EXPLANATION_MIN || text.length() > EXPLANATION_MAX) {
            throw new InvalidInputException("report.explanation", "explanation", EXPLANATION_MIN, EXPLANATION_MAX);
        }
        byte[] stored = null;
        String sha = null;
        if (evidence != null && evidence.length > 0) {
            int most = Math.min(EVIDENCE_MAX_MEGABYTES, databaseLimits.storableMegabytes());
            if (evidence.length > most * 1024L * 1024L) {
                throw new InvalidInputException("document.tooLarge", "evidence", most);
            }
            try {
                stored = AttachedDocuments.cleanPdf(evidence);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.getMessageKey(), "evidence", e.getArguments());
            }
            sha = Hashing.sha256Hex(stored);
        }
        String reporter = reporterKey();
        long lastHour = em.createQuery("select count(r) from InaccuracyReport r where r.reporterKey = :key"
                        + " and r.receivedAt > :since", Long.class).setParameter("key", reporter)
                .setParameter("since", Instant.now().minus(Duration.ofHours(1))).getSingleResult();
        if (lastHour >= PER_HOUR) {
            throw new BusinessException("report.tooMany", null, PER_HOUR);
        }
        String reference = newReference();
        InaccuracyReport report = new InaccuracyReport(reference, target, field, text, stored, sha, reporter);
        em.persist(report);
        em.flush();
        audit.record(AuditAction.INACCURACY_REPORTED, "InaccuracyReport", report.getId(),
                (target.isMeeting() ? "meeting " + target.meetingId()
                        : "declaration " + target.declarationId() + " version " + target.versionNo()) + ", " + field);
        return reference;
    }

    /** The reports in a state (null: all), the latest first. */
    @RolesAllowed(Roles.AUDITOR)
    public ResultPage<ReportView> list(ReportState state, PageRequest page) {
        String where = state == null ? "" : " where r.state = :state";
        var query = em.createQuery("select r from InaccuracyReport r" + where + " order by r.receivedAt desc, r.id desc",
                InaccuracyReport.class).setFirstResult(page.first()).setMaxResults(page.size());
        var count = em.createQuery("select count(r) from InaccuracyReport r" + where, Long.class);
        if (state != null) {
            query.setParameter("state", state);
            count.setParameter("state", state);
        }
        return new ResultPage<>(query.getResultList().stream().map(this::view).toList(), count.getSingleResult());
    }

    /**
     * Every report on any version of a declaration, and on the meeting record a meeting declaration made, the latest
     * first: shown beside the filing's flags.
     */
    @RolesAllowed(Roles.AUDITOR)
    public List<ReportView> ofDeclaration(long declarationId) {
        return em.createQuery("select r from InaccuracyReport r where r.declarationId = :id or r.meetingId in"
                        + " (select m.id from Meeting m where m.declarationId = :id) order by r.receivedAt desc, r.id desc", InaccuracyReport.class)
                .setParameter("id", declarationId).getResultStream().map(this::view).toList();
    }

    /** A report's evidence, as a download named by the report's reference; the reading is in the audit trail. */
    @RolesAllowed(Roles.AUDITOR)
    public DocumentFile evidence(long reportId) {
        InaccuracyReport report = find(reportId);
        if (report.getEvidence() == null) {
            throw new NotFoundException("Evidence", reportId);
        }
        audit.record(AuditAction.UNREDACTED_VIEW, "InaccuracyReport", reportId, "evidence of report " + report.getReference());
        return new DocumentFile("evidence-" + report.getReference() + ".pdf", report.getEvidence());
    }

    /** Marks a report handled with the auditor's note (what was checked, what follows). */
    @RolesAllowed(Roles.AUDITOR)
    public void handle(long reportId, int version, String note) {
        InaccuracyReport report = find(reportId);
        if (report.getVersion() != version || report.getState() != ReportState.OPEN) {
            throw new ConflictException("error.changedMeanwhile");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw new InvalidInputException("report.note", "note");
        }
        report.handle(currentAccount.username(), text);
        audit.record(AuditAction.INACCURACY_REPORT_HANDLED, "InaccuracyReport", reportId, text);
    }

    /** The report with what it is about, read as an auditor reads the filing (names, not content). */
    private ReportView view(InaccuracyReport r) {
        DeclarationType type = null;
        String about;
        LocalDate meetingDate = null;
        Long reviewed;
        if (r.getMeetingId() != null) {
            Meeting meeting = em.find(Meeting.class, r.getMeetingId());
            about = meeting.getSubject();
            meetingDate = meeting.getDate();
            reviewed = meeting.getDeclarationId();
        } else {
            Declaration declaration = em.find(Declaration.class, r.getDeclarationId());
            type = declaration.getType();
            about = declaration.declarantName();
            reviewed = declaration.getId();
        }
        return new ReportView(r.getId(), r.getReference(), new ReportTarget(r.getDeclarationId(), r.getVersionNo(),
                r.getMeetingId()), r.getField(), r.getExplanation(), r.getEvidenceSha256() != null, r.getReceivedAt(),
                r.getState(), r.getHandledBy(), r.getHandledAt(), r.getHandlingNote(), r.getVersion(), type, about,
                meetingDate, reviewed);
    }

    private InaccuracyReport find(long reportId) {
        InaccuracyReport report = em.find(InaccuracyReport.class, reportId);
        if (report == null) {
            throw new NotFoundException("InaccuracyReport", reportId);
        }
        return report;
    }

    /** The reporter's address as a key: enough to count their reports this hour, not to tell where they came from. */
    private String reporterKey() {
        return clientKeys.keyOf("inaccuracy-report", client.address());
    }

    /** "R2026-7KQ4M9XA": the year and eight characters that cannot be guessed or confused (no 0/O, 1/I). */
    private static String newReference() {
        StringBuilder reference = new StringBuilder("R").append(Year.now().getValue()).append('-');
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** A field the public pages show: the same test as the declaration page's (public, and a value of its own). */
    private static boolean shown(FieldDef field) {
        return field.isPublic() && field.isReadable();
    }
}
