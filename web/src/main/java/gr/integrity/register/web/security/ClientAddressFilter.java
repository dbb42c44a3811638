package gr.integrity.register.web.security;

import gr.integrity.register.platform.ClientContext;
import gr.integrity.register.platform.RegisterConfig;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Tells the services where the request comes from (for the audit trail and sign-in throttling). */
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientContext client;

    @Inject
    private RegisterConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        client.setAddress(ClientAddresses.of(request, config.trustedProxies()));
        chain.doFilter(request, response);
    }
}
