package gr.integrity.register.web.security;

import gr.integrity.register.security.AuthenticationService;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;

/**
 * {@code POST /signout}: ends the session from any page. A plain servlet rather than a Faces action, because
 * public pages keep no view state to post back to. Only a form of the register's own pages may sign a user out:
 * a request a browser marks as coming from another site is refused.
 */
@WebServlet(name = "signOut", urlPatterns = "/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuthenticationService authentication;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            authentication.signedOut(principal.getName());
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/index.xhtml?signedOut=true");
    }
}
