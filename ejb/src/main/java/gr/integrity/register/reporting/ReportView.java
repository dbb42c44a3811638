package gr.integrity.register.reporting;

import gr.integrity.register.declaration.DeclarationType;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as auditors see it on their queue and on the filing's review page (the evidence is downloaded apart):
 * with what it is about, the declaration's type (to name the field; null for a meeting), and the filing an auditor
 * reviews for it (the declaration, or the declaration that made the meeting record; null for an imported meeting).
 */
public record ReportView(long id, String reference, ReportTarget target, String field, String explanation,
                         boolean hasEvidence, Instant receivedAt, ReportState state, String handledBy,
                         Instant handledAt, String handlingNote, int version, DeclarationType declarationType,
                         String about, LocalDate meetingDate, Long reviewedDeclarationId) implements Serializable {
}
