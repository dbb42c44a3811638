package gr.integrity.register.publication;

import gr.integrity.register.declaration.DeclarationVersion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** An ADMIN's decision to keep a published version from the public, with who and why. */
@Entity
@Table(name = "publication_withholding")
public class PublicationWithholding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false, unique = true)
    private DeclarationVersion version;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "withheld_by", nullable = false, length = 100)
    private String withheldBy;

    @Column(name = "withheld_at", nullable = false)
    private Instant withheldAt;

    protected PublicationWithholding() {
    }

    PublicationWithholding(DeclarationVersion version, String reason, String withheldBy) {
        this.version = version;
        this.reason = reason;
        this.withheldBy = withheldBy;
        this.withheldAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public DeclarationVersion getVersion() {
        return version;
    }

    public String getReason() {
        return reason;
    }

    public String getWithheldBy() {
        return withheldBy;
    }

    public Instant getWithheldAt() {
        return withheldAt;
    }
}
