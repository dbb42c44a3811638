package gr.integrity.register.web.health;

import gr.integrity.register.platform.HealthService;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code GET /health}: 200 with {@code "status":"UP"} when the register can serve, 503 when its database does not
 * answer. For load balancers and monitoring; WildFly's own server health is on the management port
 * ({@code :9990/health}).
 */
@WebServlet(name = "health", urlPatterns = "/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private HealthService health;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean database = health.databaseUp();
        response.setStatus(database ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":\"" + (database ? "UP" : "DOWN") + "\",\"checks\":{\"database\":\""
                + (database ? "UP" : "DOWN") + "\"}}");
    }
}
