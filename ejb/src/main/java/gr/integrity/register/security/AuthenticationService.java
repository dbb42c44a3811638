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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a user name and password. Failed attempts slow down further attempts ({@link ThrottlePolicy}); they never
 * lock the account, and a browser that signed in to it before is never slowed down by anyone else's failures. Every attempt is in the audit trail.
 * The method returns rather than throws, so the failure counts commit.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    /** How long a browser that signed in is remembered as the account's device. */
    public static final Duration DEVICE_REMEMBERED = Duration.ofDays(180);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AccountRegistry registry;

    @EJB
    private AuditTrail audit;

    /** A sign-in from a browser the register does not know (no device mark). */
    public SignInResult signIn(String username, char[] password, String clientAddress) {
        return signIn(username, password, clientAddress, null);
    }

    /**
     * A sign-in. {@code deviceMark} is the mark a browser keeps after it signed in to this account before: failures
     * from it are counted on it alone, and nobody else's failures (on the account, or from the same address) slow
     * it down, so that no one can keep an official out by guessing at their account. Elsewhere, failures slow down
     * the account, and failures for user names that do not exist slow down the address they come from (someone
     * trying many names); mistyped passwords of real accounts do not count against the address, so that they do not
     * hold up everyone else behind one NAT or proxy.
     */
    public SignInResult signIn(String username, char[] password, String clientAddress, String deviceMark) {
        String name = username == null ? "" : username.trim();
        if (name.isEmpty() || name.length() > Account.USERNAME_MAX || password == null || password.length == 0
                || password.length > PasswordPolicy.MAX_LENGTH) {
            return SignInResult.invalid();
        }
        Instant now = Instant.now();
        Account account = em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", name)
                .getResultStream().findFirst().orElse(null);
        Optional<AccountToken> device = account == null ? Optional.empty()
                : registry.findUsableToken(deviceMark, AccountToken.Purpose.DEVICE)
                        .filter(mark -> mark.getAccount().getId().equals(account.getId()));
        // which waits apply to this attempt, and which count its failure
        List<Throttle> throttles = new ArrayList<>();
        if (device.isPresent()) {
            throttles.add(new Throttle("device:" + device.get().getId(), ThrottlePolicy.PER_ACCOUNT, true));
        } else {
            throttles.add(new Throttle("account:" + name.toLowerCase(Locale.ROOT), ThrottlePolicy.PER_ACCOUNT, true));
            if (clientAddress != null) {
                throttles.add(new Throttle("address:" + clientAddress, ThrottlePolicy.PER_ADDRESS, account == null));
            }
        }
        Instant blockedUntil = throttles.stream().map(t -> blockedUntil(t.key())).max(Instant::compareTo).orElseThrow();
        if (blockedUntil.isAfter(now)) {
            audit.recordSignIn(name, clientAddress, AuditAction.SIGN_IN_THROTTLED, null);
            return SignInResult.throttled(Duration.between(now, blockedUntil).toSeconds() + 1);
        }

        boolean valid = account == null
                ? hasher.verifyAgainstNothing(password)
                : hasher.verify(password, account.getPasswordHash()) && account.canSignIn();
        if (!valid) {
            throttles.stream().filter(Throttle::counts).forEach(t -> fail(t.key(), t.policy(), now));
            audit.recordSignIn(name, clientAddress, AuditAction.SIGN_IN_FAILED, account == null ? null : account.getId());
            return SignInResult.invalid();
        }
        for (Throttle throttle : throttles) {
            SignInThrottle failures = em.find(SignInThrottle.class, throttle.key());
            if (failures != null && !throttle.key().startsWith("address:")) {
                em.remove(failures);
            }
        }
        if (hasher.isOutdated(account.getPasswordHash())) {
            account.rehashPassword(hasher.hash(password));
        }
        account.signedIn();
        audit.recordSignIn(account.getUsername(), clientAddress, AuditAction.SIGN_IN, account.getId());
        String newMark = device.isPresent() ? null
                : registry.issueToken(account, AccountToken.Purpose.DEVICE, DEVICE_REMEMBERED);
        return SignInResult.signedIn(account, newMark);
    }

    /** A wait that applies to an attempt; {@code counts}: whether the attempt's failure adds to it. */
    private record Throttle(String key, ThrottlePolicy policy, boolean counts) {
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

}
