package gr.integrity.register.security;

import gr.integrity.register.platform.RegisterConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Password hashes with Jakarta Security's PBKDF2 implementation (HMAC-SHA-256, 32-byte salt). The stored form
 * names its algorithm and iteration count, so raising the iterations later keeps old hashes verifiable.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @Inject
    private RegisterConfig config;

    /** A hash of a random password: verified against when the account does not exist, to take the same time. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(config.passwordIterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(gr.integrity.register.platform.Hashing.newToken().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return hash != null && pbkdf2.verify(password, hash);
    }

    /** Spends the time a real verification would, and always fails. */
    public boolean verifyAgainstNothing(char[] password) {
        pbkdf2.verify(password, decoy);
        return false;
    }
}
