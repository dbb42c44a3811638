package gr.integrity.register.common.validation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextValidatorTest {

    @Test
    void acceptsGreekLatinPunctuationAndEmoji() {
        assertTrue(PlainTextValidator.isPlain("Υπουργείο Υγείας & Κοινωνικής Αλληλεγγύης (2024) 🙂", false));
    }

    @Test
    void refusesMarkup() {
        assertFalse(PlainTextValidator.isPlain("<script>alert(1)</script>", false));
        assertFalse(PlainTextValidator.isPlain("a > b", false));
    }

    @Test
    void refusesControlCharactersAndLineBreaksInOneLineText() {
        assertFalse(PlainTextValidator.isPlain("name\u0000", false));
        assertFalse(PlainTextValidator.isPlain("two\nlines", false));
        assertTrue(PlainTextValidator.isPlain("two\nlines", true));
    }

    @Test
    void refusesBrokenSurrogates() {
        assertFalse(PlainTextValidator.isPlain("bad \uD83D end", false));
    }
}
