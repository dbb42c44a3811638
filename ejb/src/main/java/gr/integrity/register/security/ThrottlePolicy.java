package gr.integrity.register.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How long to wait after failed sign-ins: nothing for the first few (typing mistakes), then a delay that doubles
 * with each further failure up to a cap, forgotten after a quiet period. The delay applies before a password is
 * even checked, so a guesser learns nothing during it; the right password works again as soon as it has passed.
 */
public record ThrottlePolicy(int freeFailures, Duration firstDelay, Duration cap, Duration forgetAfter) {

    /** Per account: capped low, so that someone hammering an official's account cannot keep them out for long. */
    public static final ThrottlePolicy PER_ACCOUNT =
            new ThrottlePolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofHours(1));

    /** Per client address: a guesser trying many accounts from one address slows down much further. */
    public static final ThrottlePolicy PER_ADDRESS =
            new ThrottlePolicy(10, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));

    public Duration delayAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, failures - freeFailures - 1);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    public boolean isForgotten(Instant lastFailure, Instant now) {
        return lastFailure.plus(forgetAfter).isBefore(now);
    }
}
