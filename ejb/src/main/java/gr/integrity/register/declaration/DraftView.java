package gr.integrity.register.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A draft as its filer edits it, with everything the rules currently find in it. */
public record DraftView(long declarationId, DeclarationType type, int periodYear, String obligationKind,
                        String personName, int revision, int baseVersionNo, String amendmentReason,
                        DeclarationContent content, List<Finding> findings, LocalDate deadline, Instant savedAt)
        implements java.io.Serializable {

    public boolean isAmendment() {
        return baseVersionNo > 0;
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warningCount() {
        return findings.size() - errorCount();
    }
}
