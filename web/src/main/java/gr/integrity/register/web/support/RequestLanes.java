package gr.integrity.register.web.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Three lanes through the server, each with its own number of requests it serves at once: the public lane (pages,
 * search, API, PDFs, feeds, bulk files: anyone, any number), the signed-in lane (requests of a session that signed
 * in: officials filing, auditors, administrators, lobbyists) and the sign-in lane (the sign-in, set-up and
 * account pages, and anonymous requests for the signed-in areas, which lead there). On a deadline night the public
 * side may get far more requests than the machine can serve; those beyond its places are turned away at once (503,
 * try again shortly), while the server's remaining worker threads stay free for the signed-in lane, so that a
 * flood of anonymous requests can never keep an official from filing. A request is in the signed-in lane only with
 * a {@code LanePass} matching its session cookie, which only a session that signed in is given: a forged session
 * cookie, or a flood aimed at the sign-in page, stays in the small sign-in lane.
 */
public final class RequestLanes {

    public enum Lane { PUBLIC, SIGN_IN, SIGNED_IN }

    /**
     * The health checks ({@code /health}, {@code /health/ready}, {@code /health/live}) are in no lane: a flood that
     * fills the public lane must not make a load balancer drop a healthy node. They cost at most one database query
     * a second however often they are asked (DatabaseReadiness).
     */
    public static boolean isHealth(String path) {
        return path.equals("/health") || path.equals("/health/ready") || path.equals("/health/live");
    }

    /** The areas behind sign-in and the ways into them: without a pass, the sign-in lane. */
    private static final List<String> SIGN_IN_PATHS = SignedInAreas.and("/account/", "/login.xhtml", "/signout",
            "/setup.xhtml");

    private final AtomicInteger publicPlaces;
    private final AtomicInteger signInPlaces;
    private final AtomicInteger signedInPlaces;

    public RequestLanes(int publicConcurrency, int signInConcurrency, int signedInConcurrency) {
        this.publicPlaces = new AtomicInteger(publicConcurrency);
        this.signInPlaces = new AtomicInteger(signInConcurrency);
        this.signedInPlaces = new AtomicInteger(signedInConcurrency);
    }

    /**
     * The lanes as the environment sets them ({@code REGISTER_PUBLIC_CONCURRENCY},
     * {@code REGISTER_SIGN_IN_CONCURRENCY}, {@code REGISTER_SIGNED_IN_CONCURRENCY}); by default the public lane
     * takes sixteen requests at once per core (32 on two cores: half the server's 64 worker threads), the sign-in
     * lane four per core (8: signing in is a password hash, CPU-bound, so more at once would only queue), and the
     * signed-in lane four times the public one. The two anonymous lanes together hold at most 40 of the server's
     * 64 worker threads, so at least 24 stay for signed-in sessions; more signed-in requests than that wait for a
     * worker behind each other, never behind a flood. Places are taken without waiting (the server's I/O threads
     * decide, and must never block): a flood is turned away in microseconds, before it can queue for a worker.
     */
    public static RequestLanes fromEnvironment() {
        int cores = Runtime.getRuntime().availableProcessors();
        int publicConcurrency = number("REGISTER_PUBLIC_CONCURRENCY", Math.max(8, 16 * cores));
        int signIn = number("REGISTER_SIGN_IN_CONCURRENCY", Math.max(4, 4 * cores));
        int signedIn = number("REGISTER_SIGNED_IN_CONCURRENCY", 4 * publicConcurrency);
        return new RequestLanes(publicConcurrency, signIn, signedIn);
    }

    /** The lane of a request: a signed-in session's (with its pass), else by where it goes. */
    public static Lane laneOf(String path, boolean signedIn) {
        if (signedIn) {
            return Lane.SIGNED_IN;
        }
        return SIGN_IN_PATHS.stream().anyMatch(path::startsWith) ? Lane.SIGN_IN : Lane.PUBLIC;
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
        return switch (lane) {
            case PUBLIC -> publicPlaces;
            case SIGN_IN -> signInPlaces;
            case SIGNED_IN -> signedInPlaces;
        };
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
