package gr.integrity.register.security;

import java.util.Set;

/**
 * What a sign-in attempt came to. A wrong user name and a wrong password look the same from outside. A session
 * keeps {@code sessionEpoch}: it ends when the account's epoch moves on ({@link Account#getSessionEpoch()}).
 */
public record SignInResult(Outcome outcome, String username, Set<Role> roles, long retryAfterSeconds,
                           int sessionEpoch, String newDeviceMark) {

    public enum Outcome { SIGNED_IN, INVALID, THROTTLED }

    /** Signed in; {@code newDeviceMark}, when not null, is the mark the browser keeps as a device that signed in. */
    static SignInResult signedIn(Account account, String newDeviceMark) {
        return new SignInResult(Outcome.SIGNED_IN, account.getUsername(), Set.copyOf(account.getRoles()), 0,
                account.getSessionEpoch(), newDeviceMark);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, Set.of(), 0, 0, null);
    }

    static SignInResult throttled(long retryAfterSeconds) {
        return new SignInResult(Outcome.THROTTLED, null, Set.of(), Math.max(1, retryAfterSeconds), 0, null);
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
