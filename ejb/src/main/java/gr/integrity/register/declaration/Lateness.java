package gr.integrity.register.declaration;

import gr.integrity.register.registry.Obligation;

import java.time.Duration;
import java.time.Instant;

/**
 * Lateness is computed, never stored: the first submission against the obligation's current deadline (the end of
 * that day in Athens), so an extension granted afterwards clears it. A correction within the grace period (30 days)
 * of the original is never late; a later one is, if the deadline has passed by then.
 */
public final class Lateness {

    private Lateness() {
    }

    public static boolean isLate(Obligation obligation, Instant firstSubmittedAt) {
        return obligation != null && firstSubmittedAt != null && firstSubmittedAt.isAfter(obligation.dueInstant());
    }

    public static boolean isLateCorrection(Obligation obligation, Instant firstSubmittedAt, Instant correctionAt,
                                           int graceDays) {
        if (obligation == null || firstSubmittedAt == null || correctionAt == null) {
            return false;
        }
        boolean withinGrace = !correctionAt.isAfter(firstSubmittedAt.plus(Duration.ofDays(graceDays)));
        return !withinGrace && correctionAt.isAfter(obligation.dueInstant());
    }
}
