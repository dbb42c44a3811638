package gr.integrity.register.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from. The web layer fills it in (from the socket, or from X-Forwarded-For
 * when the request came through a trusted proxy); services read it for the audit trail and sign-in throttling.
 * Outside an HTTP request (timers, imports in the background) the address is unknown.
 */
@RequestScoped
public class ClientContext {

    private String address;

    public String address() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
