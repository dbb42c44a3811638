package gr.integrity.register.publication;

import gr.integrity.register.declaration.DeclarationType;

/**
 * Fired in the transaction of a withholding: a version of the declaration is no longer public. Public forms made
 * from it (the record of a meeting) are made again without it.
 */
public record VersionWithheld(long declarationId, int versionNo, DeclarationType type) {
}
