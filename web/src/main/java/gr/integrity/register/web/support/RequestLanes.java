package gr.integrity.register.web.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two lanes through the server, each with its own number of requests it serves at once: the public lane (pages,
 * search, API, PDFs, feeds, bulk files: anyone, any number) and the signed-in lane (officials filing, auditors,
 * administrators, lobbyists, and signing in itself). On a deadline night the public side may get far more requests
 * than the machine can serve; those beyond its places are turned away at once (503, try again shortly), while the
 * server's remaining worker threads stay free for the signed-in lane, so that a flood of anonymous requests can
 * never keep an official from filing. A single limit for everyone would turn filers away too.
 */
public final class RequestLanes {

    public enum Lane { PUBLIC, SIGNED_IN }

    /** Where the signed-in lane starts: the areas behind sign-in and the ways into them. */
    private static final List<String> SIGNED_IN_PATHS = List.of("/official/", "/auditor/", "/audit/", "/admin/",
            "/lobbyist/", "/account/", "/login.xhtml", "/signout", "/setup.xhtml");
    private static final String RESOURCES = "/jakarta.faces.resource/";

    private final AtomicInteger publicPlaces;
    private final AtomicInteger signedInPlaces;

    public RequestLanes(int publicConcurrency, int signedInConcurrency) {
        this.publicPlaces = new AtomicInteger(publicConcurrency);
        this.signedInPlaces = new AtomicInteger(signedInConcurrency);
    }

    /**
     * The lanes as the environment sets them ({@code REGISTER_PUBLIC_CONCURRENCY},
     * {@code REGISTER_SIGNED_IN_CONCURRENCY}); by default the public lane takes sixteen requests at once per core
     * (32 on two cores: half the server's 64 worker threads, the other half left to the signed-in lane), the
     * signed-in lane up to four times that. Places are taken without waiting (the server's I/O threads decide, and
     * must never block): a flood is turned away in microseconds, before it can queue for a worker thread.
     */
    public static RequestLanes fromEnvironment() {
        int cores = Runtime.getRuntime().availableProcessors();
        int publicConcurrency = number("REGISTER_PUBLIC_CONCURRENCY", Math.max(8, 16 * cores));
        int signedIn = number("REGISTER_SIGNED_IN_CONCURRENCY", 4 * publicConcurrency);
        return new RequestLanes(publicConcurrency, signedIn);
    }

    /**
     * The lane of a request: by where it goes, and, for the pages' scripts and styles, by whether it belongs to a
     * session (public pages keep none, so a session means someone signed in or signing in).
     */
    public static Lane laneOf(String path, boolean inSession) {
        if (SIGNED_IN_PATHS.stream().anyMatch(path::startsWith)) {
            return Lane.SIGNED_IN;
        }
        return inSession && path.startsWith(RESOURCES) ? Lane.SIGNED_IN : Lane.PUBLIC;
    }

    /** Takes a place in the lane; false, at once, when the lane is full. */
    public boolean tryEnter(Lane lane) {
        AtomicInteger places = places(lane);
        for (int free = places.get(); free > 0; free = places.get()) {
            if (places.compareAndSet(free, free - 1)) {
                return true;
            }
        }
        return false;
    }

    public void leave(Lane lane) {
        places(lane).incrementAndGet();
    }

    public int available(Lane lane) {
        return places(lane).get();
    }

    private AtomicInteger places(Lane lane) {
        return lane == Lane.PUBLIC ? publicPlaces : signedInPlaces;
    }

    private static int number(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
