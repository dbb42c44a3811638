package gr.integrity.register.security;

import gr.integrity.register.platform.Hashing;
import gr.integrity.register.platform.RegisterConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Password hashes with Jakarta Security's PBKDF2 implementation: HMAC-SHA-512 at 210,000 iterations by default, the
 * figure OWASP's Password Storage Cheat Sheet gives for that hash (for HMAC-SHA-256 it asks 600,000, which costs
 * more time per sign-in for the same strength), with a 32-byte salt. The stored form names its algorithm and
 * iteration count, so older hashes (HMAC-SHA-256 at 210,000 before) still verify, and a sign-in that proves the
 * password hashes it again with today's settings ({@link #isOutdated}).
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @Inject
    private RegisterConfig config;

    /** A hash of a random password: verified against when the account does not exist, to take the same time. */
    private String decoy;

    /** The start of a hash made with today's settings: {@code algorithm:iterations:}. */
    private String currentPrefix;

    @PostConstruct
    void configure() {
        currentPrefix = ALGORITHM + ":" + config.passwordIterations() + ":";
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(config.passwordIterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = pbkdf2.generate(Hashing.newToken().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return hash != null && pbkdf2.verify(password, hash);
    }

    /** Whether a stored hash was made with another algorithm or iteration count than new hashes are. */
    public boolean isOutdated(String hash) {
        return hash != null && !hash.startsWith(currentPrefix);
    }

    /** Spends the time a real verification would, and always fails. */
    public boolean verifyAgainstNothing(char[] password) {
        pbkdf2.verify(password, decoy);
        return false;
    }
}
