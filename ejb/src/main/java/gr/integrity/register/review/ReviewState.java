package gr.integrity.register.review;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a declaration stands in review, and where an auditor may take it from there. The filer's amendment moves
 * it too (a clarification answered, an accepted filing changed): those moves are the register's, not an auditor's.
 */
public enum ReviewState {
    AWAITING_REVIEW,
    IN_REVIEW,
    CLARIFICATION_REQUESTED,
    ACCEPTED,
    REFERRED;

    /** The states an auditor's action may lead to from this one. */
    public Set<ReviewState> auditorMoves() {
        return switch (this) {
            case AWAITING_REVIEW -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(IN_REVIEW, CLARIFICATION_REQUESTED, ACCEPTED, REFERRED);
            case CLARIFICATION_REQUESTED, ACCEPTED, REFERRED -> EnumSet.noneOf(ReviewState.class);
        };
    }

    /** Where a newly submitted version of the declaration takes its review. */
    public ReviewState afterAmendment() {
        return switch (this) {
            case CLARIFICATION_REQUESTED -> IN_REVIEW;
            case ACCEPTED -> AWAITING_REVIEW;
            default -> this;
        };
    }

    public boolean isOpen() {
        return this != ACCEPTED && this != REFERRED;
    }
}
