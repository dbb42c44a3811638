package gr.integrity.register.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sessions nobody has signed in to (the sign-in page's, a protected page's remembered request, an expired
 * visitor's note) are kept for ten minutes instead of thirty and counted, so that a flood of forged or stale session
 * cookies, each of which makes one, costs the server little and cannot fill its memory: beyond
 * {@link #cap()} of them the sign-in lane asks newcomers to try again shortly ({@code LaneAdmission}) while
 * everyone signed in carries on. A session that signs in leaves the count and gets the full half hour.
 */
@WebListener
public class AnonymousSessions implements HttpSessionListener, HttpSessionAttributeListener {

    static final int ANONYMOUS_SECONDS = 10 * 60;
    static final int SIGNED_IN_SECONDS = 30 * 60;
    private static final AtomicInteger OPEN = new AtomicInteger();
    private static final int CAP = cap("REGISTER_ANONYMOUS_SESSIONS", 50_000);

    /** How many sessions nobody signed in to are open now. */
    public static int open() {
        return OPEN.get();
    }

    /** The most such sessions kept at once (REGISTER_ANONYMOUS_SESSIONS, default 50,000: a few hundred MB). */
    public static int cap() {
        return CAP;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(ANONYMOUS_SECONDS);
        OPEN.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            if (event.getSession().getAttribute(SessionRevocationFilter.EPOCH) == null) {
                OPEN.decrementAndGet();
            }
        } catch (IllegalStateException alreadyInvalid) {
            OPEN.decrementAndGet();
        }
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (SessionRevocationFilter.EPOCH.equals(event.getName())) {
            // signed in: no longer anonymous, and kept for the session timeout of web.xml
            OPEN.decrementAndGet();
            event.getSession().setMaxInactiveInterval(SIGNED_IN_SECONDS);
        }
    }

    private static int cap(String variable, int fallback) {
        String value = System.getenv(variable);
        try {
            return value == null || value.isBlank() ? fallback : Math.max(100, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
