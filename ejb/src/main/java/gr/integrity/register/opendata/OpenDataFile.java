package gr.integrity.register.opendata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A published bulk file: its name, whether a full snapshot or changes, what it covers, its size and checksum. */
@Entity
@Table(name = "open_data_file")
public class OpenDataFile {

    public enum Kind { FULL, CHANGES }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(name = "covers_from", updatable = false)
    private Instant coversFrom;

    @Column(name = "covers_to", nullable = false, updatable = false)
    private Instant coversTo;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private long records;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    protected OpenDataFile() {
    }

    OpenDataFile(String name, Kind kind, Instant coversFrom, Instant coversTo, long sizeBytes, String sha256,
                 long records) {
        this.name = name;
        this.kind = kind;
        this.coversFrom = coversFrom;
        this.coversTo = coversTo;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.records = records;
        this.publishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getCoversFrom() {
        return coversFrom;
    }

    public Instant getCoversTo() {
        return coversTo;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public long getRecords() {
        return records;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
