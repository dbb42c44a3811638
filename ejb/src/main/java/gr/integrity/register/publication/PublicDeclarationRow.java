package gr.integrity.register.publication;

import gr.integrity.register.declaration.DeclarationType;

import java.time.Instant;

/** A published declaration in a list: what, whose, for when, how many versions, first filed when. */
public record PublicDeclarationRow(long id, DeclarationType type, int periodYear, long personId, String personName,
                                   String personNameEn, int latestVersionNo, Instant firstSubmittedAt)
        implements java.io.Serializable {
}
