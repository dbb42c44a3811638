package gr.integrity.register.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Failed sign-ins counted under one key (an account, or a client address). */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    @Id
    @Column(name = "throttle_key", length = 200)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(String key) {
        this.key = key;
        this.lastFailureAt = Instant.EPOCH;
        this.blockedUntil = Instant.EPOCH;
    }

    public void failed(ThrottlePolicy policy, Instant now) {
        if (policy.isForgotten(lastFailureAt, now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        blockedUntil = now.plus(policy.delayAfter(failures));
    }

    public String getKey() {
        return key;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }
}
