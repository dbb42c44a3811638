package gr.integrity.register.web.security;

import gr.integrity.register.security.AuthenticationService;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Ends a signed-in session at its next request once the account has changed under it: a new password (a reset
 * ends every other session), the account disabled, its roles changed. The session keeps the account's session
 * epoch from its sign-in; a different epoch, or an account that may no longer sign in, ends it, and the sign-in
 * page says why. Static resources are not asked about; everything that reads or changes data is. A session that
 * stays valid keeps its {@link LanePass}, which puts its requests in the signed-in lane.
 */
public class SessionRevocationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: the account's session epoch when this session signed in. */
    public static final String EPOCH = "register.sessionEpoch";
    /** Session attribute read (once) by the sign-in page: the previous session was ended by a change to the account. */
    public static final String ENDED = "register.sessionEnded";

    @EJB
    private AuthenticationService authentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || request.getUserPrincipal() == null || isResource(request) || stillValid(request, session)) {
            if (session != null && request.getUserPrincipal() != null) {
                DeviceMark.setIfSignedInJustNow(request, response, session);
                LanePass.keep(request, response, session);
            }
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // signing out ended it already
        }
        request.getSession(true).setAttribute(ENDED, Boolean.TRUE);
        String login = request.getContextPath() + "/login.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request follows a redirect only when told in a partial response
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login + "\"/></partial-response>");
        } else {
            response.sendRedirect(login);
        }
    }

    private boolean stillValid(HttpServletRequest request, HttpSession session) {
        Object epoch = session.getAttribute(EPOCH);
        return epoch instanceof Integer signedInUnder
                && authentication.sessionStillValid(request.getUserPrincipal().getName(), signedInUnder);
    }

    private static boolean isResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
