package gr.integrity.register.audit;

import gr.integrity.register.platform.persistence.StoredTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the audit trail. Immutable: it has no setters, and the database refuses to update it. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 60)
    private AuditAction action;

    @Column(name = "object_type", updatable = false, length = 40)
    private String objectType;

    @Column(name = "object_id", updatable = false, length = 64)
    private String objectId;

    @Column(updatable = false, length = 2000)
    private String details;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    AuditEntry(String actor, String clientAddress, AuditAction action, String objectType, String objectId,
               String details, String previousHash) {
        // microseconds: what DATETIME(6) keeps, so the hash recomputed from the stored row matches
        this.occurredAt = StoredTime.now();
        this.actor = truncate(actor, 100);
        this.clientAddress = truncate(clientAddress, 64);
        this.action = action;
        this.objectType = truncate(objectType, 40);
        this.objectId = truncate(objectId, 64);
        this.details = truncate(details, 2000);
        this.previousHash = previousHash;
        this.entryHash = computeHash();
    }

    /** The hash of this entry's content and its predecessor's hash. */
    public String computeHash() {
        return hashOf(occurredAt, actor, clientAddress, action.name(), objectType, objectId, details, previousHash);
    }

    /** The hash of an entry's fields as stored: what the application computes and the chain check recomputes. */
    public static String hashOf(Instant occurredAt, String actor, String clientAddress, String action, String objectType,
                         String objectId, String details, String previousHash) {
        String canonical = String.join("\u001f",
                occurredAt.toString(), actor, nullToEmpty(clientAddress), action, nullToEmpty(objectType),
                nullToEmpty(objectId), nullToEmpty(details), previousHash);
        return gr.integrity.register.platform.Hashing.sha256Hex(canonical);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getDetails() {
        return details;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
