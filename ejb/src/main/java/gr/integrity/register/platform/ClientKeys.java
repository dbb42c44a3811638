package gr.integrity.register.platform;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Keys that let a service count what one client address did in the last hour (reports of inaccuracies, requests to
 * follow) without keeping the address: an HMAC-SHA-256 of the address under a random secret that lives in this
 * server's memory only and is replaced every day. A plain digest would not do: there are few enough IPv4 addresses
 * to hash them all and look a stored key up. A restart or the daily change starts the counts afresh, which lets
 * one client at most one hour's allowance more; a stored key can no longer be linked to anything after a day.
 */
@ApplicationScoped
public class ClientKeys {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Duration SECRET_LIFETIME = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretKeySpec secret;
    private Instant secretMadeAt;

    /** The key of the address for one purpose (the same address gives unrelated keys for two purposes). */
    public String keyOf(String purpose, String address) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(currentSecret());
            byte[] key = mac.doFinal((purpose + "|" + (address == null ? "unknown" : address))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private synchronized SecretKeySpec currentSecret() {
        Instant now = Instant.now();
        if (secret == null || secretMadeAt.plus(SECRET_LIFETIME).isBefore(now)) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            secret = new SecretKeySpec(bytes, ALGORITHM);
            secretMadeAt = now;
        }
        return secret;
    }
}
