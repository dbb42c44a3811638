package gr.integrity.register.security;

import gr.integrity.register.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {

    private static String refusal(String password, String username) {
        return assertThrows(InvalidInputException.class,
                () -> PasswordPolicy.check(password.toCharArray(), username, "password")).getMessageKey();
    }

    @Test
    void passwordsFromLeaksAreRefusedWhateverTheirCase() {
        assertEquals("password.common", refusal("qwertyuiop123", "someone"));
        assertEquals("password.common", refusal("QwertyUIOP123", "someone"));
        assertEquals("password.common", refusal("123456789000", "someone"));
    }

    @Test
    void shortLongAndUsernamePasswordsAreRefusedFirst() {
        assertEquals("password.tooShort", refusal("password", "someone"));
        assertEquals("password.tooLong", refusal("x".repeat(PasswordPolicy.MAX_LENGTH + 1), "someone"));
        assertEquals("password.sameAsUsername", refusal("Official-Maria-2026", "official-maria-2026"));
    }

    @Test
    void aLongUncommonPassphraseIsAccepted() {
        assertDoesNotThrow(() -> PasswordPolicy.check("lantern orbit marble quietly".toCharArray(), "someone", "password"));
        assertDoesNotThrow(() -> PasswordPolicy.check("φεγγάρι πάνω από τον Υμηττό".toCharArray(), "someone", "password"));
    }
}
