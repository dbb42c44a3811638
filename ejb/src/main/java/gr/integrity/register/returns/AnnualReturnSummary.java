package gr.integrity.register.returns;

import gr.integrity.register.declaration.DeclarationType;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An annual return as its filer's page lists it: whose, for which year, when due and how far it has come. */
public record AnnualReturnSummary(long declarationId, DeclarationType type, int periodYear, String declarant,
                                  LocalDate deadline, int latestVersionNo, boolean hasDraft, Instant firstSubmittedAt,
                                  boolean late) implements Serializable {

    public boolean isSubmitted() {
        return latestVersionNo > 0;
    }
}
