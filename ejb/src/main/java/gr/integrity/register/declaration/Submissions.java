package gr.integrity.register.declaration;

import gr.integrity.register.platform.Hashing;
import gr.integrity.register.platform.persistence.ChainHead;
import gr.integrity.register.platform.persistence.HashChains;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns checked content into a submitted version: normalized, canonical, hashed, numbered, given a receipt and
 * chained to the version submitted before it. Shared by the filing service and the demo and scale data, so that
 * generated versions carry exactly the hashes and chain a real submission would. Runs in the caller's transaction
 * and locks the chain's head last, for the shortest time.
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

    public DeclarationVersion create(Declaration declaration, DeclarationContent content, int draftRevision,
                                     String submissionKey, String submittedBy, String amendmentReason,
                                     Map<String, String> confirmations) {
        return create(declaration, content, draftRevision, submissionKey, submittedBy, amendmentReason, confirmations,
                Instant.now());
    }

    /**
     * As {@link #create(Declaration, DeclarationContent, int, String, String, String, Map)}, at a given time: for
     * the demo data, whose filings happened in past years. Callers create versions in the order of their times.
     */
    public DeclarationVersion create(Declaration declaration, DeclarationContent content, int draftRevision,
                                     String submissionKey, String submittedBy, String amendmentReason,
                                     Map<String, String> confirmations, Instant at) {
        DeclarationKind kind = kinds.of(declaration.getType());
        DeclarationContent normal = ContentNormalizer.normalize(kind.schema(), content);
        String canonical = CanonicalJson.write(normal);
        String contentHash = Hashing.sha256Hex(canonical);
        int versionNo = declaration.getLatestVersionNo() + 1;
        String receipt = receiptNumber(declaration, versionNo);
        Map<String, String> figures = new TreeMap<>();
        kind.figures(normal).forEach((name, value) -> figures.put(name, Numbers.normalize(value)));

        ChainHead head = chains.lockHead(CHAIN);
        // microseconds: what DATETIME(6) keeps, so the chain recomputed from the stored row matches
        Instant submittedAt = at.truncatedTo(ChronoUnit.MICROS);
        String chainHash = Hashing.sha256Hex(DeclarationVersion.chainInput(head.getLastHash(), contentHash, receipt,
                submittedAt));
        DeclarationVersion version = new DeclarationVersion(declaration, versionNo, receipt, submissionKey,
                draftRevision, canonical, contentHash, head.getLastHash(), chainHash, submittedAt, submittedBy,
                amendmentReason, CanonicalJson.writeStrings(new TreeMap<>(confirmations)),
                CanonicalJson.writeStrings(figures));
        em.persist(version);
        em.flush();
        head.advance(version.getId(), chainHash);
        declaration.submitted(versionNo, submittedAt);
        return version;
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
