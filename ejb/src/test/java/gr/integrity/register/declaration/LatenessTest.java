package gr.integrity.register.declaration;

import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligedCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lateness is computed from the current deadline: the end of that day in Athens, and 30 days' grace to correct. */
class LatenessTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 10, 15);

    @Test
    void theDeadlineRunsToTheEndOfItsDayInAthens() {
        Obligation obligation = obligation(DEADLINE);
        assertFalse(Lateness.isLate(obligation, athens("2025-10-15T23:59:59")));
        // 21:30 UTC on the 15th is already the 16th in Athens (UTC+3 in October)
        assertTrue(Lateness.isLate(obligation, Instant.parse("2025-10-15T21:30:00Z")));
        assertTrue(Lateness.isLate(obligation, athens("2025-10-16T00:00:01")));
    }

    @Test
    void anExtendedDeadlineClearsTheFlag() {
        Instant filed = athens("2025-11-02T10:00:00");
        assertTrue(Lateness.isLate(obligation(DEADLINE), filed));
        assertFalse(Lateness.isLate(obligation(LocalDate.of(2025, 11, 30)), filed));
    }

    @Test
    void aCorrectionWithinThirtyDaysOfTheOriginalIsNotLate() {
        Obligation obligation = obligation(DEADLINE);
        Instant first = athens("2025-10-10T12:00:00");
        assertFalse(Lateness.isLateCorrection(obligation, first, athens("2025-11-05T12:00:00"), 30));
        assertTrue(Lateness.isLateCorrection(obligation, first, athens("2025-11-12T12:00:00"), 30));
        // a correction before the deadline is never late
        assertFalse(Lateness.isLateCorrection(obligation, athens("2025-08-01T12:00:00"),
                athens("2025-10-14T12:00:00"), 30));
    }

    private static Obligation obligation(LocalDate deadline) {
        return new Obligation(null, DeclarationType.ASSET, ObligationKind.ANNUAL, 2024, ObligedCategory.POLITICAL, null,
                deadline);
    }

    private static Instant athens(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Obligation.ATHENS).toInstant();
    }
}
