package gr.integrity.register.web.support;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * An error page shown for a failed form submission is rendered as a plain page: without this, Faces would take the
 * forwarded POST for a postback of the error page itself, fail to restore it, and fail again. A request whose body
 * the server could not parse (a cut or malformed upload, read by the sign-in mechanism before any of the
 * register's code) is the sender's fault: it is answered 400 with its page, not 500.
 */
public class ErrorPageRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest plain = asPlainPage(request);
        if (request.getDispatcherType() == DispatcherType.ERROR
                && unreadableBody((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher("/WEB-INF/errorpages/400.xhtml").forward(plain, response);
            return;
        }
        chain.doFilter(plain, response);
    }

    /** Whether the failure was the server's form parser giving up on the body the client sent. */
    static boolean unreadableBody(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && java.util.Arrays.stream(t.getStackTrace())
                    .anyMatch(frame -> frame.getClassName().startsWith("io.undertow.server.handlers.form."))) {
                return true;
            }
        }
        return false;
    }

    private static HttpServletRequest asPlainPage(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getParameter(String name) {
                return null;
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Map.of();
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.emptyEnumeration();
            }

            @Override
            public String[] getParameterValues(String name) {
                return null;
            }
        };
    }
}
