package gr.integrity.register.review;

import gr.integrity.register.declaration.DeclarationType;

/** What the queue shows: each criterion optional (null for any). */
public record ReviewFilter(ReviewState state, Long institutionId, DeclarationType type, Integer year,
                           String flagCode) implements java.io.Serializable {

    public static ReviewFilter any() {
        return new ReviewFilter(null, null, null, null, null);
    }
}
