package gr.integrity.register.publication;

import gr.integrity.register.declaration.DeclarationType;

import java.time.Instant;

/** One published filing (a first version or an amendment) in a list of the latest, with who filed it. */
public record PublicFiling(long declarationId, int versionNo, DeclarationType type, int periodYear,
                           PublicDeclarant declarant, Instant submittedAt) {

    public boolean isAmendment() {
        return versionNo > 1;
    }
}
