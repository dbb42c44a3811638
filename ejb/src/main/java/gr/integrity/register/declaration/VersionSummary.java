package gr.integrity.register.declaration;

import java.time.Instant;

/** One line of a declaration's history. */
public record VersionSummary(int versionNo, String receiptNumber, Instant submittedAt, String amendmentReason,
                             boolean superseded, boolean late) implements java.io.Serializable {
}
