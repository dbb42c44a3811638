package gr.integrity.register.web.support;

import gr.integrity.register.web.support.RequestLanes.Lane;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps each request to its {@link RequestLanes lane}; one that finds its lane full is answered at once with 503
 * and Retry-After (a few seconds), in a few bytes, instead of waiting for a thread until it times out. Shed requests
 * are counted and logged once a minute at most.
 */
public class LoadSheddingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LoadSheddingFilter.class);

    /** How soon a turned-away client may try again: the peak of a rush passes in seconds, not minutes. */
    static final int RETRY_AFTER_SECONDS = 2;

    private static final String PAGE = "<!DOCTYPE html><html lang=\"el\"><head><meta charset=\"UTF-8\">"
            + "<title>Μητρώο Ακεραιότητας</title></head><body><main><h1>Πολλά αιτήματα αυτή τη στιγμή</h1>"
            + "<p>Το μητρώο εξυπηρετεί πρώτα τις υποβολές. Δοκιμάστε ξανά σε λίγα δευτερόλεπτα.</p>"
            + "<p lang=\"en\">The register is very busy and serves filings first. Try again in a few seconds.</p>"
            + "</main></body></html>";
    private static final String JSON = "{\"error\":\"busy\",\"parameter\":null,\"message\":"
            + "\"The register is very busy and serves filings first. Try again in a few seconds.\"}";

    private transient RequestLanes lanes;
    private final AtomicLong shed = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong();

    @Override
    public void init() {
        lanes = RequestLanes.fromEnvironment();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Lane lane = RequestLanes.laneOf(path, request.getRequestedSessionId() != null && request.isRequestedSessionIdValid());
        boolean entered;
        try {
            entered = lanes.tryEnter(lane);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            turnAway(path, response, lane);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            lanes.leave(lane);
        }
    }

    private void turnAway(String path, HttpServletResponse response, Lane lane) throws IOException {
        long count = shed.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last > 60_000 && lastLogged.compareAndSet(last, now)) {
            LOG.warnf("The %s lane is full: %d requests turned away with 503 since the server started", lane, count);
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        boolean api = path.startsWith("/api/");
        response.setContentType(api ? "application/json" : "text/html");
        response.getWriter().write(api ? JSON : PAGE);
    }
}
