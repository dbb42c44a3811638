package gr.integrity.register.registry;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaxNumbersTest {

    @Test
    void acceptsANumberWithTheRightCheckDigit() {
        assertTrue(TaxNumbers.isValid("090000045"));
    }

    @Test
    void refusesAWrongCheckDigitOrForm() {
        assertFalse(TaxNumbers.isValid("090000046"));
        assertFalse(TaxNumbers.isValid("12345678"));
        assertFalse(TaxNumbers.isValid("12345678a"));
        assertFalse(TaxNumbers.isValid("000000000"));
        assertFalse(TaxNumbers.isValid(null));
    }

    @Test
    void generatedNumbersAreValid() {
        for (int i = 10_000_000; i < 10_000_500; i++) {
            String afm = TaxNumbers.withCheckDigit(Integer.toString(i));
            assertTrue(TaxNumbers.isValid(afm), afm);
            assertEquals(9, afm.length());
        }
    }
}
