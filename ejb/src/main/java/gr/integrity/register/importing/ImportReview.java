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
import java.util.Arrays;
import java.util.List;

/**
 * A row whose person could be one of several people already in the register. An ADMIN decides; until then the
 * row is not applied. The fingerprint identifies the row's content, so a re-import finds the decision.
 */
@Entity
@Table(name = "import_review")
public class ImportReview {

    public enum Status { OPEN, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false)
    private long batchId;

    @Column(name = "row_no", nullable = false)
    private int rowNumber;

    @Column(nullable = false, length = 64, unique = true)
    private String fingerprint;

    @Column(name = "source_name", nullable = false, length = 300)
    private String sourceName;

    /** The row as read, for the ADMIN to see and for applying the decision. */
    @Column(name = "record_json", nullable = false, columnDefinition = "TEXT")
    private String recordJson;

    @Column(name = "candidate_ids", nullable = false, length = 500)
    private String candidateIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    /** "person:ID" or "new-person" once resolved. */
    @Column(length = 300)
    private String resolution;

    @Column(name = "resolved_by", length = 100)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected ImportReview() {
    }

    public ImportReview(long batchId, int rowNumber, String fingerprint, String sourceName, String recordJson,
                        List<Long> candidateIds) {
        this.batchId = batchId;
        this.rowNumber = rowNumber;
        this.fingerprint = fingerprint;
        this.sourceName = sourceName.length() > 300 ? sourceName.substring(0, 300) : sourceName;
        this.recordJson = recordJson;
        this.candidateIds = String.join(",", candidateIds.stream().map(String::valueOf).toList());
        this.status = Status.OPEN;
        this.createdAt = Instant.now();
    }

    public void resolve(String resolution, String by) {
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = Instant.now();
        this.status = Status.RESOLVED;
    }

    public List<Long> candidates() {
        return candidateIds.isEmpty() ? List.of()
                : Arrays.stream(candidateIds.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getRecordJson() {
        return recordJson;
    }

    public Status getStatus() {
        return status;
    }

    public String getResolution() {
        return resolution;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public int getVersion() {
        return version;
    }

    /** The review of the row with that fingerprint, open or decided, if a run of it ever asked for one. */
    public static ImportReview ofRow(jakarta.persistence.EntityManager em, String fingerprint) {
        return em.createQuery("select r from ImportReview r where r.fingerprint = :f", ImportReview.class)
                .setParameter("f", fingerprint).getResultStream().findFirst().orElse(null);
    }
}
