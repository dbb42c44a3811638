package gr.integrity.register.publication;

import gr.integrity.register.declaration.DeclarationType;

import java.time.Instant;

/**
 * A published declaration in a list: what, whose (an official, or for an annual lobbying return an organisation or
 * an institution), for when, how many versions, first filed when.
 */
public record PublicDeclarationRow(long id, DeclarationType type, int periodYear, PublicDeclarant declarant,
                                   int latestVersionNo, Instant firstSubmittedAt) implements java.io.Serializable {
}
