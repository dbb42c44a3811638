package gr.integrity.register.registry;

import gr.integrity.register.declaration.DeclarationType;

/**
 * Fired in the transaction of an extension: the deadlines of the obligations of this type, kind and period (of one
 * category, or of all when it is null) moved later. Filings that were late may be on time now.
 */
public record DeadlinesExtended(DeclarationType type, ObligationKind kind, int periodYear, ObligedCategory category) {
}
