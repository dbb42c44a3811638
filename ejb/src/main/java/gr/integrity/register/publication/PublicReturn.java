package gr.integrity.register.publication;

import gr.integrity.register.declaration.DeclarationType;

import java.io.Serializable;
import java.time.Instant;

/** A published annual lobbying return in its declarant's list: which year, how many versions, filed when. */
public record PublicReturn(long id, DeclarationType type, int periodYear, int latestVersionNo, Instant firstSubmittedAt,
                           boolean late) implements Serializable {
}
