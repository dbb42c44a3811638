package gr.integrity.register.declaration;

import java.time.Instant;
import java.time.LocalDate;

/** A declaration as the filer's list shows it. */
public record DeclarationSummary(long id, Long obligationId, DeclarationType type, int periodYear, String obligationKind,
                                 LocalDate deadline, int latestVersionNo, boolean hasDraft, Instant firstSubmittedAt,
                                 boolean late) implements java.io.Serializable {

    public boolean isSubmitted() {
        return latestVersionNo > 0;
    }
}
