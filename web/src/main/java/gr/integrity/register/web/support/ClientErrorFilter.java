package gr.integrity.register.web.support;

import gr.integrity.register.common.AccessRefusedException;
import gr.integrity.register.common.NotFoundException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.logging.Logger;

import java.io.IOException;

/**
 * A request that fails because of what the client sent (an expired or forged view state, a missing CSP nonce,
 * a tampered form, an upload over the limit (or a large body where no file is taken), another official's record, one that does not exist) is the client's
 * error: it is answered 400 (or 403, 404, 413) with a page that
 * explains, never 500, and logged without a stack trace. A database that cannot be reached is answered 503 with
 * Retry-After (the API's own failures are answered by its ServerFailureMapper). Real server errors still reach the 500 page.
 */
public class ClientErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ClientErrorFilter.class);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > bodyLimit(request)) {
            // refused before a byte of it is parsed
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (DatabaseUnavailable.explains(e) && !response.isCommitted()) {
                unavailable(request, response);
                return;
            }
            Throwable cause = clientError(e);
            if (cause == null || response.isCommitted()) {
                throw e;
            }
            LOG.debugf("Refused a request to %s: %s", request.getRequestURI(), cause.getClass().getSimpleName());
            response.resetBuffer();
            int status = statusFor(cause);
            response.setStatus(status);
            String page = cause instanceof ViewExpiredException ? "/WEB-INF/errorpages/expired.xhtml"
                    : "/WEB-INF/errorpages/" + status + ".xhtml";
            request.getRequestDispatcher(page).forward(request, response);
        }
    }

    /** How large a body the request may announce (the server holds what it reads to the same, in BodyLimit). */
    static long bodyLimit(HttpServletRequest request) {
        return BodyLimits.of(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()),
                request.getContentType());
    }

    /**
     * The database is down, restarting or has no free connection: 503 at once, with when to try again, so that
     * nobody waits on a request that cannot be served and scripts back off. Logged once, without a stack trace.
     */
    private static void unavailable(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        LOG.warnf("Database unavailable while serving %s: answered 503", request.getRequestURI());
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        request.getRequestDispatcher("/WEB-INF/errorpages/503.xhtml").forward(request, response);
    }

    /** Another official's declaration (an identifier changed by hand) is 403; one that does not exist, 404. */
    private static int statusFor(Throwable cause) {
        if (cause instanceof AccessRefusedException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (cause instanceof NotFoundException) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        return HttpServletResponse.SC_BAD_REQUEST;
    }

    private static Throwable clientError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException
                    || t instanceof AccessRefusedException || t instanceof NotFoundException
                    || "org.primefaces.csp.CspException".equals(t.getClass().getName())) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
