package gr.integrity.register.security;

import gr.integrity.register.audit.AuditAction;
import gr.integrity.register.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Checks a user name and password. Failed attempts slow down further attempts on the same account and from the
 * same address ({@link ThrottlePolicy}); they never lock the account. Every attempt is in the audit trail.
 * The method returns rather than throws, so the failure counts commit.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @EJB
    private AuditTrail audit;

    public SignInResult signIn(String username, char[] password, String clientAddress) {
        String name = username == null ? "" : username.trim();
        if (name.isEmpty() || name.length() > Account.USERNAME_MAX || password == null || password.length == 0
                || password.length > PasswordPolicy.MAX_LENGTH) {
            return SignInResult.invalid();
        }
        Instant now = Instant.now();
        String accountKey = "account:" + name.toLowerCase(Locale.ROOT);
        String addressKey = clientAddress == null ? null : "address:" + clientAddress;

        Instant blockedUntil = latest(blockedUntil(accountKey), blockedUntil(addressKey));
        if (blockedUntil.isAfter(now)) {
            audit.recordSignIn(name, clientAddress, AuditAction.SIGN_IN_THROTTLED, null);
            return SignInResult.throttled(Duration.between(now, blockedUntil).toSeconds() + 1);
        }

        Account account = em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", name)
                .getResultStream().findFirst().orElse(null);
        boolean valid = account == null
                ? hasher.verifyAgainstNothing(password)
                : hasher.verify(password, account.getPasswordHash()) && account.canSignIn();
        if (!valid) {
            fail(accountKey, ThrottlePolicy.PER_ACCOUNT, now);
            if (addressKey != null) {
                fail(addressKey, ThrottlePolicy.PER_ADDRESS, now);
            }
            audit.recordSignIn(name, clientAddress, AuditAction.SIGN_IN_FAILED, account == null ? null : account.getId());
            return SignInResult.invalid();
        }
        SignInThrottle accountThrottle = em.find(SignInThrottle.class, accountKey);
        if (accountThrottle != null) {
            em.remove(accountThrottle);
        }
        account.signedIn();
        audit.recordSignIn(account.getUsername(), clientAddress, AuditAction.SIGN_IN, account.getId());
        return SignInResult.signedIn(account);
    }

    /**
     * Whether a session signed in under {@code epoch} may go on: the account still exists, may sign in and has not
     * changed password, status or roles since. Asked at every request of a signed-in session.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean sessionStillValid(String username, int epoch) {
        return em.createQuery("select count(a) from Account a where a.username = :username"
                        + " and a.sessionEpoch = :epoch and a.status = :active", Long.class)
                .setParameter("username", username).setParameter("epoch", epoch)
                .setParameter("active", AccountStatus.ACTIVE).getSingleResult() > 0;
    }

    public void signedOut(String username) {
        audit.recordAs(username, AuditAction.SIGN_OUT, "Account", null, null);
    }

    /** Throttle rows that have been quiet long enough are forgotten anyway; keep the table small. */
    @Schedule(minute = "17", hour = "*", persistent = false)
    public void forgetOldFailures() {
        em.createQuery("delete from SignInThrottle t where t.lastFailureAt < :cutoff")
                .setParameter("cutoff", Instant.now().minus(Duration.ofHours(2)))
                .executeUpdate();
    }

    private Instant blockedUntil(String key) {
        if (key == null) {
            return Instant.EPOCH;
        }
        SignInThrottle throttle = em.find(SignInThrottle.class, key);
        return throttle == null ? Instant.EPOCH : throttle.getBlockedUntil();
    }

    private void fail(String key, ThrottlePolicy policy, Instant now) {
        // make sure the row exists without racing a concurrent first failure, then count under a row lock
        em.createNativeQuery("INSERT IGNORE INTO sign_in_throttle (throttle_key, failures, last_failure_at, blocked_until)"
                        + " VALUES (?1, 0, ?2, ?2)")
                .setParameter(1, key)
                .setParameter(2, java.sql.Timestamp.from(Instant.EPOCH.plusSeconds(86_400)))
                .executeUpdate();
        SignInThrottle throttle = em.find(SignInThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(throttle, LockModeType.PESSIMISTIC_WRITE);
        throttle.failed(policy, now);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
