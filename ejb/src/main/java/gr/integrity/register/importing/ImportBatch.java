package gr.integrity.register.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One run of an import and its running counts. The file it reads is kept apart ({@link ImportFiles}), so that
 * following a batch's progress never loads it, and its rows wait in {@link PendingRows} until they are applied.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ImportKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Column(length = 500)
    private String source;

    @Column(length = 200)
    private String licence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "processed_rows", nullable = false)
    private int processedRows;

    @Column(name = "created_count", nullable = false)
    private int createdCount;

    @Column(name = "matched_count", nullable = false)
    private int matchedCount;

    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;

    @Column(name = "review_count", nullable = false)
    private int reviewCount;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The institution whose list this is (an institution's list of obliged persons); none for other files. */
    @Column(name = "institution_id")
    private Long institutionId;

    @Version
    private int version;

    protected ImportBatch() {
    }

    ImportBatch(ImportKind kind, String fileName, String fileSha256, int totalRows,
                String startedBy, String source, String licence) {
        this.kind = kind;
        this.fileName = fileName;
        this.fileSha256 = fileSha256;
        this.totalRows = totalRows;
        this.startedBy = startedBy;
        this.source = source;
        this.licence = licence;
        this.status = ImportStatus.RUNNING;
        this.startedAt = Instant.now();
    }

    void ofInstitution(long institutionId) {
        this.institutionId = institutionId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    void count(RowOutcome outcome) {
        switch (outcome.kind()) {
            case CREATED -> createdCount++;
            case MATCHED -> matchedCount++;
            case SKIPPED -> skippedCount++;
            case NEEDS_REVIEW -> reviewCount++;
        }
        processedRows++;
    }

    void complete() {
        status = ImportStatus.COMPLETED;
        finishedAt = Instant.now();
    }

    void interrupted() {
        status = ImportStatus.INTERRUPTED;
    }

    void resumed() {
        status = ImportStatus.RUNNING;
    }

    public boolean isDone() {
        return status == ImportStatus.COMPLETED;
    }

    public int percent() {
        return totalRows == 0 ? 100 : (int) (100L * processedRows / totalRows);
    }

    public Long getId() {
        return id;
    }

    public ImportKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getSource() {
        return source;
    }

    public String getLicence() {
        return licence;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getMatchedCount() {
        return matchedCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public int getReviewCount() {
        return reviewCount;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
