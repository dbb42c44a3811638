package gr.integrity.register.declaration;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A PDF a filer attached to a declaration (a document received at a meeting). It is named by the SHA-256 of its
 * bytes, which the declaration's content quotes, and never changes once stored.
 */
@Entity
@Table(name = "declaration_document")
public class AttachedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    private long declarationId;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100, updatable = false)
    private String uploadedBy;

    protected AttachedDocument() {
    }

    AttachedDocument(long declarationId, String sha256, String fileName, byte[] content, String uploadedBy) {
        this.declarationId = declarationId;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getDeclarationId() {
        return declarationId;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
