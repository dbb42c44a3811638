package gr.integrity.register.registry;

import gr.integrity.register.declaration.DeclarationType;

/** Filters of the obligations list; every field optional. */
public record ObligationFilter(String personText, DeclarationType type, ObligationKind kind, Integer periodYear,
                               ObligedCategory category, Long institutionId, Boolean overdueOnly) {

    public static ObligationFilter none() {
        return new ObligationFilter(null, null, null, null, null, null, null);
    }
}
