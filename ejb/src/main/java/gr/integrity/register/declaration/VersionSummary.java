package gr.integrity.register.declaration;

import gr.integrity.register.fees.LateFee;

import java.time.Instant;

/** One line of a declaration's history: a late version carries the fee it owes (null: none). */
public record VersionSummary(int versionNo, String receiptNumber, Instant submittedAt, String amendmentReason,
                             boolean superseded, boolean late, LateFee fee) implements java.io.Serializable {
}
