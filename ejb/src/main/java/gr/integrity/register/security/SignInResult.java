package gr.integrity.register.security;

import java.util.Set;

/** What a sign-in attempt came to. A wrong user name and a wrong password look the same from outside. */
public record SignInResult(Outcome outcome, String username, Set<Role> roles, long retryAfterSeconds) {

    public enum Outcome { SIGNED_IN, INVALID, THROTTLED }

    static SignInResult signedIn(String username, Set<Role> roles) {
        return new SignInResult(Outcome.SIGNED_IN, username, Set.copyOf(roles), 0);
    }

    static SignInResult invalid() {
        return new SignInResult(Outcome.INVALID, null, Set.of(), 0);
    }

    static SignInResult throttled(long retryAfterSeconds) {
        return new SignInResult(Outcome.THROTTLED, null, Set.of(), Math.max(1, retryAfterSeconds));
    }

    public boolean isSignedIn() {
        return outcome == Outcome.SIGNED_IN;
    }
}
