package gr.integrity.register.web.support;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

/**
 * Holds every request's body to its {@link BodyLimits limit} before anything reads it, on the I/O thread. A body
 * that announces no length (sent in chunks) is taken only where files are uploaded: anywhere else it is answered
 * 411 at once, unread, as RFC 9110 provides; browsers always announce a form's length, so only a script sends one.
 * Whatever is read is cut off at the limit (a body in chunks on an upload page, an HTTP/2 body without a length).
 * A body cut off at the limit ends its connection (HTTP/1.1) or stream (HTTP/2): the server answers nothing more.
 * Before this, a chunked body was read whole, up to the server's 40 MB cut-off, on any page, the sign-in page
 * included, where the sign-in mechanism reads a form before any of the register's code.
 */
public class BodyLimit implements HttpHandler {

    static final String PAGE = "<!DOCTYPE html><html lang=\"el\"><head><meta charset=\"UTF-8\">"
            + "<title>Μητρώο Ακεραιότητας</title></head><body><main><h1>Το αίτημα δεν δηλώνει το μέγεθός του</h1>"
            + "<p>Η σελίδα αυτή δέχεται μόνο αιτήματα που δηλώνουν το μέγεθός τους (Content-Length).</p>"
            + "<p lang=\"en\">This page accepts only requests that state their length (Content-Length).</p>"
            + "</main></body></html>";

    private final HttpHandler next;

    public BodyLimit(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRelativePath();
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (!BodyLimits.isUpload(path, contentType) && exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING)
                && !exchange.getRequestHeaders().contains(Headers.CONTENT_LENGTH)) {
            // nothing of the body is read: the connection is closed after the answer rather than drained
            exchange.setPersistent(false);
            exchange.setStatusCode(StatusCodes.LENGTH_REQUIRED);
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html;charset=UTF-8");
            exchange.getResponseSender().send(PAGE);
            return;
        }
        exchange.setMaxEntitySize(BodyLimits.of(path, contentType));
        next.handleRequest(exchange);
    }
}
