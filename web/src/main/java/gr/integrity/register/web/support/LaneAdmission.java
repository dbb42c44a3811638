package gr.integrity.register.web.support;

import gr.integrity.register.web.security.AnonymousSessions;
import gr.integrity.register.web.security.LanePass;
import gr.integrity.register.web.support.RequestLanes.Lane;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps each request to its {@link RequestLanes lane}, on the I/O thread that read it, before it is handed to a
 * worker thread: one that finds its lane full is answered at once with 503 and Retry-After, in a few bytes. Deciding
 * here rather than in a servlet filter matters on deadline night: a filter runs only once a worker thread is free,
 * so a flood of anonymous requests queued for the workers and even the requests turned away waited seconds (the
 * deadline-rush benchmark measured 19 s), and filings waited in the same queue. Shed requests are counted and logged
 * once a minute at most.
 */
public class LaneAdmission implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(LaneAdmission.class);

    /** How soon a turned-away client may try again: the peak of a rush passes in seconds, not minutes. */
    static final int RETRY_AFTER_SECONDS = 2;
    /** The session cookie, which the {@link LanePass} must match for the signed-in lane. */
    private static final String SESSION_COOKIE = "JSESSIONID";

    static final String PAGE = "<!DOCTYPE html><html lang=\"el\"><head><meta charset=\"UTF-8\">"
            + "<title>Μητρώο Ακεραιότητας</title></head><body><main><h1>Πολλά αιτήματα αυτή τη στιγμή</h1>"
            + "<p>Το μητρώο εξυπηρετεί πρώτα τις υποβολές. Δοκιμάστε ξανά σε λίγα δευτερόλεπτα.</p>"
            + "<p lang=\"en\">The register is very busy and serves filings first. Try again in a few seconds.</p>"
            + "</main></body></html>";
    static final String JSON = "{\"error\":\"busy\",\"parameter\":null,\"message\":"
            + "\"The register is very busy and serves filings first. Try again in a few seconds.\"}";

    private final HttpHandler next;
    private final RequestLanes lanes;
    private final AtomicLong shed = new AtomicLong();
    private final AtomicLong lastLogged = new AtomicLong();

    public LaneAdmission(HttpHandler next, RequestLanes lanes) {
        this.next = next;
        this.lanes = lanes;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRelativePath();
        if (RequestLanes.isHealth(path)) {
            // a load balancer asking whether this node is healthy must not be told "busy" by a flood
            next.handleRequest(exchange);
            return;
        }
        Lane lane = RequestLanes.laneOf(path, signedIn(exchange));
        if (lane == Lane.SIGN_IN && AnonymousSessions.open() >= AnonymousSessions.cap()) {
            // a flood has made as many unsigned sessions as the server keeps: newcomers wait until they time out
            turnAway(exchange, path, lane);
            return;
        }
        if (!lanes.tryEnter(lane)) {
            turnAway(exchange, path, lane);
            return;
        }
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            lanes.leave(lane);
            nextListener.proceed();
        });
        next.handleRequest(exchange);
    }

    private static boolean signedIn(HttpServerExchange exchange) {
        Cookie session = exchange.getRequestCookie(SESSION_COOKIE);
        Cookie pass = exchange.getRequestCookie(LanePass.COOKIE);
        return session != null && pass != null && LanePass.holds(session.getValue(), pass.getValue());
    }

    private void turnAway(HttpServerExchange exchange, String path, Lane lane) {
        long count = shed.incrementAndGet();
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last > 60_000 && lastLogged.compareAndSet(last, now)) {
            LOG.warnf("The %s lane is full: %d requests turned away with 503 since the server started", lane, count);
        }
        boolean api = path.startsWith("/api/");
        exchange.setStatusCode(StatusCodes.SERVICE_UNAVAILABLE);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, RETRY_AFTER_SECONDS);
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, api ? "application/json;charset=UTF-8"
                : "text/html;charset=UTF-8");
        exchange.getResponseSender().send(api ? JSON : PAGE);
    }
}
