package gr.integrity.register.audit;

import java.time.LocalDate;

/** What to look for in the audit trail: each criterion optional (null for any). */
public record AuditQuery(String actor, AuditAction action, String objectType, String objectId, LocalDate from,
                         LocalDate to) implements java.io.Serializable {
}
