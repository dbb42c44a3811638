package gr.integrity.register.web.security;

import gr.integrity.register.security.SignInResult;
import jakarta.enterprise.context.RequestScoped;

/** The outcome of this request's sign-in, handed from the identity store to the sign-in page. */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    public SignInResult result() {
        return result;
    }

    void record(SignInResult result) {
        this.result = result;
    }
}
