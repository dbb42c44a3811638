package gr.integrity.register.web.security;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Records in the audit trail a signed-in user refused a page their roles do not open (an official trying the
 * review pages): the container refuses before any of the register's code runs, so the refusal is recorded on the
 * way to the 403 page.
 */
@WebFilter(urlPatterns = "/WEB-INF/errorpages/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusedPageRecorder extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The audit entry's object id holds up to this many characters of the refused address. */
    private static final int ADDRESS_MAX = 64;

    @EJB
    private AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String page = uri == null ? "" : uri.toString();
            audit.recordIndependently(AuditAction.ACCESS_REFUSED, "Page",
                    page.length() > ADDRESS_MAX ? page.substring(0, ADDRESS_MAX) : page, null);
        }
        chain.doFilter(request, response);
    }
}
