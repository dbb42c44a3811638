package gr.integrity.register.web.support;

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
 * a tampered form, an upload over the limit) is the client's error: it is answered 400 (or 413) with a page that
 * explains, never 500, and logged without a stack trace. Real server errors still reach the 500 page.
 */
public class ClientErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ClientErrorFilter.class);

    /** Uploads (import files) up to 30 MB of file, with a little room for the rest of the form. */
    static final long MAX_UPLOAD_BYTES = 31L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.startsWith("multipart/") && request.getContentLengthLong() > MAX_UPLOAD_BYTES) {
            // refused before a byte of it is parsed
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Throwable cause = clientError(e);
            if (cause == null || response.isCommitted()) {
                throw e;
            }
            LOG.debugf("Refused a request to %s: %s", request.getRequestURI(), cause.getClass().getSimpleName());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String page = cause instanceof ViewExpiredException ? "/WEB-INF/errorpages/expired.xhtml"
                    : "/WEB-INF/errorpages/400.xhtml";
            request.getRequestDispatcher(page).forward(request, response);
        }
    }

    private static Throwable clientError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException
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
