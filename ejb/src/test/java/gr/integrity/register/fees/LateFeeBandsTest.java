package gr.integrity.register.fees;

import gr.integrity.register.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LateFeeBandsTest {

    private static final LateFeeBands GREEK_EXAMPLE = LateFeeBands.parse("1-30:50; 31-60:100; 61-:200");

    @Test
    void eachBandChargesItsFeeFromItsFirstDayToItsLast() {
        assertEquals(Optional.of(new BigDecimal("50")), GREEK_EXAMPLE.feeFor(1));
        assertEquals(Optional.of(new BigDecimal("50")), GREEK_EXAMPLE.feeFor(30));
        assertEquals(Optional.of(new BigDecimal("100")), GREEK_EXAMPLE.feeFor(31));
        assertEquals(Optional.of(new BigDecimal("100")), GREEK_EXAMPLE.feeFor(60));
        assertEquals(Optional.of(new BigDecimal("200")), GREEK_EXAMPLE.feeFor(61));
        assertEquals(Optional.of(new BigDecimal("200")), GREEK_EXAMPLE.feeFor(4000));
    }

    @Test
    void aFilingOnTimeOrACategoryWithoutBandsOwesNothing() {
        assertTrue(GREEK_EXAMPLE.feeFor(0).isEmpty());
        assertTrue(GREEK_EXAMPLE.feeFor(-3).isEmpty());
        assertTrue(LateFeeBands.parse("").feeFor(90).isEmpty());
        assertTrue(LateFeeBands.parse(null).feeFor(90).isEmpty());
    }

    @Test
    void laterThanAClosedLastBandPaysTheLastBandsFee() {
        LateFeeBands closed = LateFeeBands.parse("1-30:50;31-60:100");
        assertEquals(Optional.of(new BigDecimal("100")), closed.feeFor(365));
    }

    @Test
    void bandsAreWrittenBackAsTheRegisterReadsThem() {
        assertEquals("1-30:50; 31-60:100.5; 61-:200", LateFeeBands.parse(" 1 - 30 : 50 ;31-60:100,50; 61-:200.00").toString());
        assertEquals("", LateFeeBands.parse("  ").toString());
        assertEquals("1-30:50", LateFeeBands.parse("1-30:50;").toString());
    }

    @Test
    void aGapAnOverlapOrAMalformedBandIsRefusedOnTheBandsField() {
        assertRefused("1-30:50; 32-60:100", "fees.bands.sequence");
        assertRefused("1-30:50; 20-60:100", "fees.bands.sequence");
        assertRefused("2-30:50", "fees.bands.sequence");
        assertRefused("1-30:50; 31-:100; 90-:300", "fees.bands.openNotLast");
        assertRefused("1-30 50", "fees.bands.format");
        assertRefused("1-30:-50", "fees.bands.format");
        assertRefused("30-1:50", "fees.bands.sequence");
        assertRefused("1-0:50", "fees.bands.format");
        assertRefused("1-30:1000000", "fees.bands.amount");
        assertRefused("1-30:50;;31-:60", "fees.bands.format");
    }

    @Test
    void daysLateAreCalendarDaysInAthensFromTheDeadline() {
        LocalDate deadline = LocalDate.of(2025, 10, 31);
        // 23:30 UTC on the deadline is already the next day in Athens (UTC+2 in winter)
        assertEquals(1, LateFeeRules.daysLate(deadline, Instant.parse("2025-10-31T23:30:00Z")));
        assertEquals(0, LateFeeRules.daysLate(deadline, Instant.parse("2025-10-31T21:30:00Z")));
        assertEquals(31, LateFeeRules.daysLate(deadline, Instant.parse("2025-12-01T10:00:00Z")));
    }

    private static void assertRefused(String text, String key) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> LateFeeBands.parse(text));
        assertEquals(key, refused.getMessageKey(), text);
        assertEquals("lateFeeBands", refused.getField());
    }
}
