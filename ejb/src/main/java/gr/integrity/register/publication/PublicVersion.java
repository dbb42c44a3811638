package gr.integrity.register.publication;

import gr.integrity.register.declaration.DeclarationContent;

import java.time.Instant;

/**
 * A version as the public sees it: redacted content and its public hash, or a tombstone when withheld.
 * Never the full content's hash, never the filer's amendment note (free text the filer wrote for the auditors).
 */
public record PublicVersion(int versionNo, String receiptNumber, Instant submittedAt, boolean superseded,
                            boolean late, boolean withheld, String publicHash, DeclarationContent content) {
}
