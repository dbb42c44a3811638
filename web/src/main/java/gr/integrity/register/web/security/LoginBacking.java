package gr.integrity.register.web.security;

import gr.integrity.register.common.Messages;
import gr.integrity.register.security.SignInResult;
import gr.integrity.register.web.support.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The sign-in page. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private UserSession user;

    @NotBlank
    @Size(max = 100)
    private String username;

    @NotBlank
    @Size(max = 128)
    private String password;

    public void signIn() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // a new session id before signing in: an id planted by someone else is worth nothing afterwards
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        attempt.deviceMark(DeviceMark.of(request));
        // not a "new" authentication: after a protected page sent the visitor here, the mechanism returns them there
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(false)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        HttpSession session = request.getSession(false);
        if (session != null && status != AuthenticationStatus.SEND_FAILURE) {
            session.removeAttribute(ExpiredSessionListener.SESSION_EXPIRED);
            session.removeAttribute(SessionRevocationFilter.ENDED);
            SignInResult result = attempt.result();
            if (result != null && result.isSignedIn()) {
                // the session lasts while the account stays as it was now (SessionRevocationFilter)
                session.setAttribute(SessionRevocationFilter.EPOCH, result.sessionEpoch());
                if (result.newDeviceMark() != null) {
                    // set with the next answer: this one may already be the mechanism's redirect
                    session.setAttribute(DeviceMark.TO_SET, result.newDeviceMark());
                }
            }
        }
        switch (status) {
            case SEND_CONTINUE -> context.responseComplete();
            case SUCCESS -> Pages.redirect(user.getHome());
            default -> {
                SignInResult result = attempt.result();
                String text = result != null && result.outcome() == SignInResult.Outcome.THROTTLED
                        ? Messages.text(Pages.locale(), "signIn.throttled", result.retryAfterSeconds())
                        : Messages.text(Pages.locale(), "signIn.invalid");
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                context.validationFailed();
            }
        }
    }

    /** Whether the visitor was sent here because their session ended while they were working (shown once). */
    public boolean isSessionExpired() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(ExpiredSessionListener.SESSION_EXPIRED));
    }

    /** Whether the previous session was ended because the account changed (a new password, roles, status). */
    public boolean isSessionEnded() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(SessionRevocationFilter.ENDED));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
