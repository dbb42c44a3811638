package gr.integrity.register.web.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;

/**
 * The client's address: the socket's peer, or, only when that peer is a trusted reverse proxy, the last address
 * in X-Forwarded-For that is not itself a trusted proxy. Anyone can write that header; only a proxy we run can be
 * believed, or a guesser could dodge sign-in throttling by inventing addresses.
 */
public final class ClientAddresses {

    private ClientAddresses() {
    }

    public static String of(HttpServletRequest request, List<String> trustedProxies) {
        return resolve(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    static String resolve(String peer, String forwardedFor, List<String> trustedProxies) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}
