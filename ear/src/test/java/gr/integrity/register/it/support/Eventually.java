package gr.integrity.register.it.support;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waiting on a condition outside a browser (a server's state, a process, a file): the condition is asked again
 * every quarter second until it holds or the limit passes. Limits are sized for a loaded two-core machine: a wait
 * that holds only on an idle one is a defect, and a generous limit costs a passing test nothing.
 */
public final class Eventually {

    private static final long PAUSE_MILLIS = 250;

    private Eventually() {
    }

    /**
     * Waits until the condition answers true; fails with what was awaited when the limit passes. A condition that
     * throws counts as "not yet" (a server still starting refuses connections), and the last exception is kept.
     */
    public static void until(String what, Duration limit, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        Exception last = null;
        while (true) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception notYet) {
                last = notYet;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what, last);
            }
            pause();
        }
    }

    /** Waits while the condition holds, for at most the limit, without failing: for "until it has gone down". */
    public static void whileTrue(Duration limit, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (!Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception e) {
                return;
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
