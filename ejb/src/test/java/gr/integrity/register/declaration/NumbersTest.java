package gr.integrity.register.declaration;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Numbers as people type them, in Greek or English convention, and what is not a number. */
class NumbersTest {

    @Test
    void readsBothConventions() {
        assertEquals(number("1234.5"), Numbers.parse("1234.5"));
        assertEquals(number("1234.5"), Numbers.parse("1234,5"));
        assertEquals(number("1234567.89"), Numbers.parse("1.234.567,89"));
        assertEquals(number("1234567.89"), Numbers.parse("1,234,567.89"));
        assertEquals(number("1234567"), Numbers.parse("1.234.567"));
        assertEquals(number("-20"), Numbers.parse(" -20 "));
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (String text : new String[]{"", "abc", "12a", "1.2.3", "--5", "1e9", "12 000 000 000 000 000 000 000 000 000 000 000 000"}) {
            assertEquals(Optional.empty(), Numbers.parse(text), text);
        }
    }

    @Test
    void storesPlainDigitsWithoutNeedlessZeros() {
        assertEquals("12500.5", Numbers.normalize(new BigDecimal("12500.50")));
        assertEquals("1000", Numbers.normalize(new BigDecimal("1E+3")));
        assertEquals("0", Numbers.normalize(new BigDecimal("0.000")));
    }

    private static Optional<BigDecimal> number(String plain) {
        return Optional.of(new BigDecimal(plain));
    }
}
