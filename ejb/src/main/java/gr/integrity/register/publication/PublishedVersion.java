package gr.integrity.register.publication;

import gr.integrity.register.declaration.DeclarationType;

/**
 * A published version with its declaration and declarant (an official, or for an annual lobbying return an
 * organisation or an institution): one row of the bulk files' declaration versions. For a declaration the
 * publication policy does not publish, {@code version} and {@code declarant} are null: it stands for nothing, but a
 * page of versions moves past it.
 */
public record PublishedVersion(long versionId, long declarationId, DeclarationType type, int periodYear,
                               PublicDeclarant declarant, PublicVersion version) {
}
