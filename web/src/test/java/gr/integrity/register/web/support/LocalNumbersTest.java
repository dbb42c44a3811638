package gr.integrity.register.web.support;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Amounts in the form's language: read as its readers write them, shown so that they read back the same. */
class LocalNumbersTest {

    private static final Locale GREEK = Locale.forLanguageTag("el");

    @Test
    void aGreekPageReadsADotAsGroupingAndACommaAsDecimals() {
        assertNumber("13100", LocalNumbers.read("13.100", GREEK));
        assertNumber("13100.5", LocalNumbers.read("13.100,50", GREEK));
        assertNumber("12.5", LocalNumbers.read("12,5", GREEK));
        // not Greek grouping, so read as the register reads any number: a decimal point
        assertNumber("13.5", LocalNumbers.read("13.5", GREEK));
    }

    @Test
    void anEnglishPageReadsTheOtherWayRound() {
        assertNumber("13.1", LocalNumbers.read("13.100", Locale.ENGLISH));
        assertNumber("13100", LocalNumbers.read("13,100", Locale.ENGLISH));
        assertNumber("13100.5", LocalNumbers.read("13,100.50", Locale.ENGLISH));
    }

    @Test
    void whatIsNotANumberIsLeftForTheRules() {
        assertEquals(Optional.empty(), LocalNumbers.read("δώδεκα", GREEK));
        assertEquals(Optional.empty(), LocalNumbers.read("12,3,4", GREEK));
    }

    @Test
    void aStoredValueShownOnThePageReadsBackTheSame() {
        for (String stored : new String[]{"12500.5", "1.234", "1000000", "0.75"}) {
            BigDecimal value = new BigDecimal(stored);
            for (Locale locale : new Locale[]{GREEK, Locale.ENGLISH}) {
                String shown = LocalNumbers.show(value, locale);
                assertEquals(0, value.compareTo(LocalNumbers.read(shown, locale).orElseThrow()), shown);
            }
        }
        assertEquals("12.500,5", LocalNumbers.show(new BigDecimal("12500.5"), GREEK));
        assertEquals("12,500.5", LocalNumbers.show(new BigDecimal("12500.5"), Locale.ENGLISH));
    }

    private static void assertNumber(String expected, Optional<BigDecimal> read) {
        assertEquals(0, new BigDecimal(expected).compareTo(read.orElseThrow()), expected + " vs " + read);
    }
}
