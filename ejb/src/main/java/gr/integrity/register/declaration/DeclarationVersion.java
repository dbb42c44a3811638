package gr.integrity.register.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A submitted version: immutable. It has no setters, every column is insert-only, and the database refuses to
 * update or delete the row. Its content hash covers the canonical content; its chain hash links it to the version
 * submitted before it anywhere in the register, so a rewritten version breaks the chain.
 */
@Entity
@Table(name = "declaration_version")
public class DeclarationVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "declaration_id", nullable = false, updatable = false)
    private Declaration declaration;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "receipt_number", nullable = false, updatable = false, length = 40)
    private String receiptNumber;

    @Column(name = "submission_key", nullable = false, updatable = false, length = 64)
    private String submissionKey;

    @Column(name = "draft_revision", nullable = false, updatable = false)
    private int draftRevision;

    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String content;

    @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
    private String contentHash;

    @Column(name = "previous_chain_hash", nullable = false, updatable = false, length = 64)
    private String previousChainHash;

    @Column(name = "chain_hash", nullable = false, updatable = false, length = 64)
    private String chainHash;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 100)
    private String submittedBy;

    @Column(name = "amendment_reason", updatable = false, length = 2000)
    private String amendmentReason;

    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String confirmations;

    @Column(nullable = false, updatable = false, columnDefinition = "LONGTEXT")
    private String figures;

    protected DeclarationVersion() {
    }

    DeclarationVersion(Declaration declaration, int versionNo, String receiptNumber, String submissionKey,
                       int draftRevision, String content, String contentHash, String previousChainHash,
                       String chainHash, Instant submittedAt, String submittedBy, String amendmentReason,
                       String confirmations, String figures) {
        this.declaration = declaration;
        this.versionNo = versionNo;
        this.receiptNumber = receiptNumber;
        this.submissionKey = submissionKey;
        this.draftRevision = draftRevision;
        this.content = content;
        this.contentHash = contentHash;
        this.previousChainHash = previousChainHash;
        this.chainHash = chainHash;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
        this.amendmentReason = amendmentReason;
        this.confirmations = confirmations;
        this.figures = figures;
    }

    /** The text the chain hash is computed over. */
    public static String chainInput(String previousChainHash, String contentHash, String receiptNumber, Instant submittedAt) {
        return previousChainHash + "|" + contentHash + "|" + receiptNumber + "|" + submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Declaration getDeclaration() {
        return declaration;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public int getDraftRevision() {
        return draftRevision;
    }

    public String getContent() {
        return content;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getPreviousChainHash() {
        return previousChainHash;
    }

    public String getChainHash() {
        return chainHash;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public String getConfirmations() {
        return confirmations;
    }

    public String getFigures() {
        return figures;
    }
}
