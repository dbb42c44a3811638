package gr.integrity.register.declaration;

import gr.integrity.register.registry.Obligation;
import gr.integrity.register.registry.ObligationKind;
import gr.integrity.register.registry.ObligedCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lateness is computed from the current deadline (the end of that day in Athens) or, for a meeting, from the fifteenth
 * day after it; it is a fact of the first submission, and a correction has 30 days' grace.
 */
class LatenessTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 10, 15);

    @Test
    void theDeadlineRunsToTheEndOfItsDayInAthens() {
        Obligation obligation = obligation(DEADLINE);
        assertFalse(Lateness.isLate(filed(obligation, athens("2025-10-15T23:59:59"))));
        // 21:30 UTC on the 15th is already the 16th in Athens (UTC+3 in October)
        assertTrue(Lateness.isLate(filed(obligation, Instant.parse("2025-10-15T21:30:00Z"))));
        assertTrue(Lateness.isLate(filed(obligation, athens("2025-10-16T00:00:01"))));
    }

    @Test
    void anExtendedDeadlineClearsTheFlag() {
        Instant at = athens("2025-11-02T10:00:00");
        assertTrue(Lateness.isLate(filed(obligation(DEADLINE), at)));
        assertFalse(Lateness.isLate(filed(obligation(LocalDate.of(2025, 11, 30)), at)));
    }

    @Test
    void anAmendmentDoesNotMakeAFilingLate() {
        Declaration declaration = filed(obligation(DEADLINE), athens("2025-10-01T10:00:00"));
        declaration.submitted(2, athens("2026-03-01T10:00:00"), null);
        assertFalse(Lateness.isLate(declaration));
    }

    @Test
    void aMeetingIsDueFifteenDaysAfterItWasHeld() {
        DeclarationContent meeting = new DeclarationContent();
        meeting.getHeader().put("date", "2025-10-01");
        Instant due = new gr.integrity.register.lobbying.MeetingDeclarationKind().dueAt(meeting).orElseThrow();
        assertEquals(athens("2025-10-17T00:00:00"), due);

        Declaration inTime = new Declaration(DeclarationType.MEETING, null, null, 2025);
        inTime.submitted(1, athens("2025-10-16T23:00:00"), due);
        assertFalse(Lateness.isLate(inTime));
        Declaration late = new Declaration(DeclarationType.MEETING, null, null, 2025);
        late.submitted(1, athens("2025-10-17T08:00:00"), due);
        assertTrue(Lateness.isLate(late));
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

    private static Declaration filed(Obligation obligation, Instant at) {
        Declaration declaration = new Declaration(DeclarationType.ASSET, null, obligation, 2024);
        declaration.submitted(1, at, null);
        return declaration;
    }

    private static Obligation obligation(LocalDate deadline) {
        return new Obligation(null, DeclarationType.ASSET, ObligationKind.ANNUAL, 2024, ObligedCategory.POLITICAL, null,
                deadline);
    }

    private static Instant athens(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), Obligation.ATHENS).toInstant();
    }
}
