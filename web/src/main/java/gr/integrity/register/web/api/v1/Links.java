package gr.integrity.register.web.api.v1;

import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** Links in API answers point at the site as the client reached it, wherever the register is served. */
final class Links {

    private Links() {
    }

    static String site(UriInfo uri) {
        URI base = uri.getBaseUri();
        String path = base.getPath().replaceFirst("/api/?$", "");
        return base.getScheme() + "://" + base.getAuthority() + path;
    }
}
