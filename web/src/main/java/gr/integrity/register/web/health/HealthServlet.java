package gr.integrity.register.web.health;

import gr.integrity.register.platform.health.DatabaseReadiness;
import gr.integrity.register.platform.health.RegisterLiveness;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.util.List;

/**
 * The register's MicroProfile Health checks on its own port, in MicroProfile Health's wire format:
 * {@code /health/ready} (the database answers), {@code /health/live} (the deployment runs) and {@code /health}
 * (both); 200 when every check asked is up, 503 otherwise. WildFly's management interface ({@code :9990/health})
 * reports the server's own probes but not checks in an EAR's modules, so these are served here, outside the request
 * lanes (LaneAdmission lets these three paths through, RequestLanes.isHealth).
 */
@WebServlet(name = "health", urlPatterns = {"/health", "/health/ready", "/health/live"})
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Readiness
    private DatabaseReadiness readiness;

    @Inject
    @Liveness
    private RegisterLiveness liveness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<HealthCheck> asked = switch (request.getServletPath()) {
            case "/health/ready" -> List.of(readiness);
            case "/health/live" -> List.of(liveness);
            default -> List.of(readiness, liveness);
        };
        List<HealthCheckResponse> answers = asked.stream().map(HealthCheck::call).toList();
        boolean up = answers.stream().allMatch(a -> a.getStatus() == HealthCheckResponse.Status.UP);
        JsonArrayBuilder listed = Json.createArrayBuilder();
        answers.forEach(a -> listed.add(Json.createObjectBuilder().add("name", a.getName())
                .add("status", a.getStatus().name())));
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN")
                .add("checks", listed).build().toString());
    }
}
