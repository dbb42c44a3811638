package gr.integrity.register.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Mounts the API at {@code /api}; versions are the first path segment ({@code /api/v1/...}). */
@ApplicationPath("/api")
public class ApiApplication extends Application {
}
