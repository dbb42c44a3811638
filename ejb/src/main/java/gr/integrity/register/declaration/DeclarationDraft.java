package gr.integrity.register.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The draft of a declaration: its first filing, or an amendment of its latest version with the reason for it.
 * Each save raises the revision, so that a page holding an older revision (another tab) cannot overwrite it.
 */
@Entity
@Table(name = "declaration_draft")
public class DeclarationDraft {

    @Id
    @Column(name = "declaration_id")
    private Long declarationId;

    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String content;

    @Column(nullable = false)
    private int revision;

    @Column(name = "base_version_no", nullable = false)
    private int baseVersionNo;

    @Column(name = "amendment_reason", length = 2000)
    private String amendmentReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DeclarationDraft() {
    }

    /** The first draft of a declaration started outside this package (an annual return): nothing submitted yet. */
    public static DeclarationDraft first(long declarationId, DeclarationContent content) {
        return new DeclarationDraft(declarationId, CanonicalJson.write(content), 0, null);
    }

    DeclarationDraft(long declarationId, String content, int baseVersionNo, String amendmentReason) {
        this.declarationId = declarationId;
        this.content = content;
        this.revision = 1;
        this.baseVersionNo = baseVersionNo;
        this.amendmentReason = amendmentReason;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void replace(String newContent) {
        content = newContent;
        revision++;
        updatedAt = Instant.now();
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public String getContent() {
        return content;
    }

    public int getRevision() {
        return revision;
    }

    public int getBaseVersionNo() {
        return baseVersionNo;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
