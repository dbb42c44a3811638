package gr.integrity.register.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottlePolicyTest {

    @Test
    void theFirstFailuresCostNothing() {
        assertEquals(Duration.ZERO, ThrottlePolicy.PER_ACCOUNT.delayAfter(3));
    }

    @Test
    void furtherFailuresDoubleTheDelayUpToTheCap() {
        assertEquals(Duration.ofSeconds(2), ThrottlePolicy.PER_ACCOUNT.delayAfter(4));
        assertEquals(Duration.ofSeconds(4), ThrottlePolicy.PER_ACCOUNT.delayAfter(5));
        assertEquals(Duration.ofSeconds(8), ThrottlePolicy.PER_ACCOUNT.delayAfter(6));
        assertEquals(Duration.ofMinutes(1), ThrottlePolicy.PER_ACCOUNT.delayAfter(50));
        assertEquals(Duration.ofMinutes(15), ThrottlePolicy.PER_ADDRESS.delayAfter(1_000));
    }

    @Test
    void anAccountIsNeverLockedForLong() {
        // someone hammering an official's account on deadline day delays them by a minute at most
        assertTrue(ThrottlePolicy.PER_ACCOUNT.delayAfter(Integer.MAX_VALUE).compareTo(Duration.ofMinutes(1)) <= 0);
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        Instant last = Instant.parse("2026-11-26T10:00:00Z");
        assertFalse(ThrottlePolicy.PER_ACCOUNT.isForgotten(last, last.plus(Duration.ofMinutes(59))));
        assertTrue(ThrottlePolicy.PER_ACCOUNT.isForgotten(last, last.plus(Duration.ofMinutes(61))));
    }

    @Test
    void aThrottleCountsFromScratchAfterItWasForgotten() {
        SignInThrottle throttle = new SignInThrottle("account:x");
        Instant start = Instant.parse("2026-11-26T10:00:00Z");
        for (int i = 0; i < 6; i++) {
            throttle.failed(ThrottlePolicy.PER_ACCOUNT, start);
        }
        assertEquals(start.plusSeconds(8), throttle.getBlockedUntil());

        Instant later = start.plus(Duration.ofHours(2));
        throttle.failed(ThrottlePolicy.PER_ACCOUNT, later);
        assertEquals(1, throttle.getFailures());
        assertEquals(later, throttle.getBlockedUntil());
    }
}
