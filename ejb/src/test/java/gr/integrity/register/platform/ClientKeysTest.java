package gr.integrity.register.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A client's key counts its requests, and cannot be found again by hashing every address. */
class ClientKeysTest {

    private final ClientKeys keys = new ClientKeys();

    @Test
    void theSameAddressHasTheSameKeyForOnePurposeAndUnrelatedKeysForTwo() {
        String key = keys.keyOf("watch", "203.0.113.7");
        assertEquals(key, keys.keyOf("watch", "203.0.113.7"), "counted as one requester");
        assertNotEquals(key, keys.keyOf("watch", "203.0.113.8"));
        assertNotEquals(key, keys.keyOf("inaccuracy-report", "203.0.113.7"));
        assertEquals(64, key.length());
    }

    @Test
    void theKeyIsNotTheDigestAnyoneCouldComputeFromTheAddress() {
        assertNotEquals(Hashing.sha256Hex("watch|203.0.113.7"), keys.keyOf("watch", "203.0.113.7"));
        assertNotEquals(keys.keyOf("watch", "203.0.113.7"), new ClientKeys().keyOf("watch", "203.0.113.7"),
                "another server's (or the next day's) secret gives another key");
    }
}
