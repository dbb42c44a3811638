package gr.integrity.register.declaration;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.platform.Hashing;
import gr.integrity.register.platform.persistence.ChainHead;
import gr.integrity.register.platform.persistence.HashChains;
import gr.integrity.register.platform.persistence.StoredTime;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores a {@link PreparedVersion}: numbered, given a receipt and chained to the version submitted before it. Used
 * by the filing service and the demo data; the scale data's bulk writer chains its batches with the same
 * {@link #chainHash}. Runs in the caller's transaction and locks the chain's head last, for the shortest time.
 */
@Dependent
public class Submissions {

    public static final String CHAIN = "DECLARATIONS";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private DeclarationKinds kinds;

    @EJB
    private HashChains chains;

    public DeclarationVersion create(Declaration declaration, PreparedVersion prepared, int draftRevision,
                                     String submissionKey, String submittedBy, String amendmentReason) {
        return create(declaration, prepared, draftRevision, submissionKey, submittedBy, amendmentReason, Instant.now());
    }

    /**
     * As {@link #create(Declaration, PreparedVersion, int, String, String, String)}, at a given time: for the demo
     * data, whose filings happened in past years. Callers create versions in the order of their times.
     */
    public DeclarationVersion create(Declaration declaration, PreparedVersion prepared, int draftRevision,
                                     String submissionKey, String submittedBy, String amendmentReason, Instant at) {
        int versionNo = declaration.getLatestVersionNo() + 1;
        String receipt = receiptNumber(declaration, versionNo);
        ChainHead head = chains.lockHead(CHAIN);
        // microseconds: what DATETIME(6) keeps, so the chain recomputed from the stored row matches
        Instant submittedAt = StoredTime.of(at);
        String chainHash = chainHash(head.getLastHash(), prepared.contentHash(), receipt, submittedAt);
        DeclarationVersion version = new DeclarationVersion(declaration, versionNo, receipt, submissionKey,
                draftRevision, prepared.canonical(), prepared.contentHash(), head.getLastHash(), chainHash, submittedAt,
                submittedBy, amendmentReason, prepared.confirmationsJson(), prepared.figuresJson());
        em.persist(version);
        em.flush();
        head.advance(version.getId(), chainHash);
        declaration.submitted(versionNo, submittedAt, prepared.due().orElse(null));
        return version;
    }

    /** The link of a version to the one submitted before it in the register (whichever declaration that was). */
    public static String chainHash(String previousChainHash, String contentHash, String receipt, Instant submittedAt) {
        return Hashing.sha256Hex(DeclarationVersion.chainInput(previousChainHash, contentHash, receipt, submittedAt));
    }

    /** What the audit trail records of a submitted version: submitted (the first) or amended. */
    public static AuditAction auditAction(int versionNo) {
        return versionNo == 1 ? AuditAction.DECLARATION_SUBMITTED : AuditAction.DECLARATION_AMENDED;
    }

    /** The audit entry's details of a submitted version: its receipt and content hash. */
    public static String auditDetails(String receipt, String contentHash) {
        return receipt + " " + contentHash;
    }

    /** "A2025-000123-2": type, period, declaration and version; unique, and readable over the telephone. */
    public static String receiptNumber(Declaration declaration, int versionNo) {
        return receiptNumber(declaration.getType(), declaration.getPeriodYear(), declaration.getId(), versionNo);
    }

    public static String receiptNumber(DeclarationType type, int periodYear, long declarationId, int versionNo) {
        return String.format(Locale.ROOT, "%s%d-%06d-%d", type.name().charAt(0), periodYear, declarationId, versionNo);
    }

    public static Map<String, BigDecimal> readFigures(String json) {
        Map<String, BigDecimal> figures = new TreeMap<>();
        CanonicalJson.readStrings(json).forEach((name, value) -> figures.put(name, new BigDecimal(value)));
        return figures;
    }

}
