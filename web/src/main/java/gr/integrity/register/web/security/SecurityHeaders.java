package gr.integrity.register.web.security;

import gr.integrity.register.platform.RegisterConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Headers every answer carries, whatever produced it (a page, the API, a CSV, a feed, an error):
 * <ul>
 *     <li>a Content-Security-Policy: the pages get PrimeFaces' own, with a fresh script nonce (web.xml); anything
 *     else gets {@link #DEFAULT_POLICY}, which runs no inline script and lets no other site frame it. An answer
 *     sets one policy only: a later one replaces the default rather than adding a second, which browsers would
 *     enforce together;</li>
 *     <li>Strict-Transport-Security when the register is reached over HTTPS, directly or through a TLS proxy (its
 *     configured base address, REGISTER_BASE_URL, begins with https).</li>
 * </ul>
 * Behind such a proxy the session cookie is marked Secure too ({@link SecureCookies}), since the server itself
 * then sees plain HTTP and would not.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "Content-Security-Policy";
    static final String DEFAULT_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    private RegisterConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure() || behindTls(config)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        response.setHeader(POLICY, DEFAULT_POLICY);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Whether the register's public address is HTTPS, TLS being ended by a proxy in front. */
    static boolean behindTls(RegisterConfig config) {
        return config.baseUrl().regionMatches(true, 0, "https://", 0, 8);
    }

    /** An answer whose Content-Security-Policy, once set again, replaces the default instead of joining it. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    /** Marks the session cookie Secure when the register is served over HTTPS through a proxy. */
    @WebListener
    public static class SecureCookies implements ServletContextListener {

        @Inject
        private RegisterConfig config;

        @Override
        public void contextInitialized(ServletContextEvent event) {
            if (behindTls(config)) {
                event.getServletContext().getSessionCookieConfig().setSecure(true);
            }
        }
    }
}
