package gr.integrity.register.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * An audit entry as its reader may see it. An ADMIN keeps the register running but may not read filings: the
 * details of a filing's submission (the SHA-256 of its full content, a means to test guesses of its private
 * fields offline) and an amendment's reason (the filer's own words) are withheld from them; an AUDITOR sees all.
 */
public final class AuditLine implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Actions whose details speak of a filing's content. */
    static final Set<AuditAction> FILING_DETAILS = EnumSet.of(AuditAction.DECLARATION_SUBMITTED,
            AuditAction.DECLARATION_AMENDED, AuditAction.DECLARATION_AMENDMENT_STARTED);

    private final long id;
    private final Instant occurredAt;
    private final String actor;
    private final String clientAddress;
    private final AuditAction action;
    private final String objectType;
    private final String objectId;
    private final String details;
    private final boolean detailsWithheld;

    private AuditLine(AuditEntry entry, boolean withhold) {
        this.id = entry.getId();
        this.occurredAt = entry.getOccurredAt();
        this.actor = entry.getActor();
        this.clientAddress = entry.getClientAddress();
        this.action = entry.getAction();
        this.objectType = entry.getObjectType();
        this.objectId = entry.getObjectId();
        this.detailsWithheld = withhold && entry.getDetails() != null;
        this.details = detailsWithheld ? null : entry.getDetails();
    }

    /** The entry as a reader who may read filings sees it, or (false) as an ADMIN does. */
    static AuditLine of(AuditEntry entry, boolean mayReadFilings) {
        return new AuditLine(entry, !mayReadFilings && FILING_DETAILS.contains(entry.getAction()));
    }

    public long getId() {
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

    /** Null when there are none, or when they are withheld from this reader ({@link #isDetailsWithheld()}). */
    public String getDetails() {
        return details;
    }

    public boolean isDetailsWithheld() {
        return detailsWithheld;
    }
}
