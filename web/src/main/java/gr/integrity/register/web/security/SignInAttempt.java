package gr.integrity.register.web.security;

import gr.integrity.register.security.SignInResult;
import jakarta.enterprise.context.RequestScoped;

/** The outcome of this request's sign-in, handed from the identity store to the sign-in page. */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;
    private String deviceMark;

    /** The mark of a browser that signed in before (its cookie), as the sign-in page read it; null if none. */
    public String deviceMark() {
        return deviceMark;
    }

    void deviceMark(String mark) {
        this.deviceMark = mark;
    }

    public SignInResult result() {
        return result;
    }

    void record(SignInResult result) {
        this.result = result;
    }
}
