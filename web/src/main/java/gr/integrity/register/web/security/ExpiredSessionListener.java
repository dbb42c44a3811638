package gr.integrity.register.web.security;

import gr.integrity.register.web.support.SignedInAreas;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Notices a signed-in user whose session is gone (it timed out, or the server restarted) coming back to a page of
 * their own: the browser still sends the old session cookie, which no longer names a session. The sign-in page,
 * where the protected page sends them, then says so ("your session expired; what you saved is kept") instead of
 * looking as if they had never signed in. Runs before the sign-in mechanism redirects, which filters would not.
 */
@WebListener
public class ExpiredSessionListener implements ServletRequestListener {

    /** Session attribute read (once) by the sign-in page. */
    public static final String SESSION_EXPIRED = "register.sessionExpired";


    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request)) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()
                && SignedInAreas.contains(path)) {
            request.getSession(true).setAttribute(SESSION_EXPIRED, Boolean.TRUE);
        }
    }
}
