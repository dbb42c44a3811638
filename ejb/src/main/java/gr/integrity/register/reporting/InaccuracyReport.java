package gr.integrity.register.reporting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A member of the public's report that one field of a published declaration version, or of a meeting record, is
 * inaccurate: the field, why, and optionally a PDF as evidence. It is for auditors only; nothing of it is public.
 */
@Entity
@Table(name = "inaccuracy_report")
public class InaccuracyReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, updatable = false)
    private String reference;

    @Column(name = "declaration_id", updatable = false)
    private Long declarationId;

    @Column(name = "version_no", updatable = false)
    private Integer versionNo;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(nullable = false, length = 120, updatable = false)
    private String field;

    @Column(nullable = false, length = 4000, updatable = false)
    private String explanation;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] evidence;

    @Column(name = "evidence_sha256", length = 64, updatable = false)
    private String evidenceSha256;

    @Column(name = "reporter_key", nullable = false, length = 64, updatable = false)
    private String reporterKey;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportState state = ReportState.OPEN;

    @Column(name = "handled_by", length = 100)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handling_note", length = 2000)
    private String handlingNote;

    @Version
    private int version;

    protected InaccuracyReport() {
    }

    InaccuracyReport(String reference, ReportTarget target, String field, String explanation, byte[] evidence,
                     String evidenceSha256, String reporterKey) {
        this.reference = reference;
        this.declarationId = target.declarationId();
        this.versionNo = target.versionNo();
        this.meetingId = target.meetingId();
        this.field = field;
        this.explanation = explanation;
        this.evidence = evidence;
        this.evidenceSha256 = evidenceSha256;
        this.reporterKey = reporterKey;
        this.receivedAt = Instant.now();
    }

    void handle(String auditor, String note) {
        state = ReportState.HANDLED;
        handledBy = auditor;
        handledAt = Instant.now();
        handlingNote = note;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public Integer getVersionNo() {
        return versionNo;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getField() {
        return field;
    }

    public String getExplanation() {
        return explanation;
    }

    public byte[] getEvidence() {
        return evidence;
    }

    public String getEvidenceSha256() {
        return evidenceSha256;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public ReportState getState() {
        return state;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public String getHandlingNote() {
        return handlingNote;
    }

    public int getVersion() {
        return version;
    }
}
