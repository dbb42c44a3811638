package gr.integrity.register.security;

import gr.integrity.register.common.InvalidInputException;

/** What a password must be: long enough to resist guessing, short enough to hash, not the user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(char[] password, String username, String field) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new InvalidInputException("password.tooShort", field, MIN_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw new InvalidInputException("password.tooLong", field, MAX_LENGTH);
        }
        if (username != null && new String(password).equalsIgnoreCase(username)) {
            throw new InvalidInputException("password.sameAsUsername", field);
        }
    }
}
