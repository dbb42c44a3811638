package gr.integrity.register.declaration;

import java.time.Instant;
import java.util.Map;

/** A submitted version with its full content: for its filer and for auditors only. */
public record VersionView(long declarationId, DeclarationType type, int periodYear, String obligationKind,
                          String personName, int versionNo, int latestVersionNo, String receiptNumber,
                          Instant submittedAt, String submittedBy, String contentHash, String chainHash,
                          String amendmentReason, DeclarationContent content, Map<String, String> confirmations,
                          Map<String, String> figures, boolean late) implements java.io.Serializable {

    public boolean isSuperseded() {
        return versionNo < latestVersionNo;
    }
}
