package gr.integrity.register.security;

import gr.integrity.register.common.InvalidInputException;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: long enough to resist guessing, short enough to hash, not the user name, and not one of
 * the passwords most often found in leaks (nbvcxz's list of 100,000, compared without regard to case), which
 * guessing tries first.
 */
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
        String text = new String(password);
        if (username != null && text.equalsIgnoreCase(username)) {
            throw new InvalidInputException("password.sameAsUsername", field);
        }
        if (isCommon(text)) {
            throw new InvalidInputException("password.common", field);
        }
    }

    /** Whether the password is on the list of common passwords. */
    public static boolean isCommon(String password) {
        return CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Read on first use, not when the class loads: signing in never needs it. */
    private static final class CommonPasswords {
        static final Set<String> LIST = Set.copyOf(DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet());
    }
}
