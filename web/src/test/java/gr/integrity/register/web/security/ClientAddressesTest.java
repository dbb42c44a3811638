package gr.integrity.register.web.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClientAddressesTest {

    private static final List<String> PROXIES = List.of("10.0.0.2", "10.0.0.3");

    @Test
    void withoutATrustedProxyTheSocketPeerIsTheClient() {
        assertEquals("203.0.113.9", ClientAddresses.resolve("203.0.113.9", "198.51.100.1", PROXIES));
        assertEquals("203.0.113.9", ClientAddresses.resolve("203.0.113.9", null, List.of()));
    }

    @Test
    void behindATrustedProxyTheLastUntrustedHopIsTheClient() {
        assertEquals("198.51.100.7", ClientAddresses.resolve("10.0.0.2", "198.51.100.7", PROXIES));
        // a client cannot hide behind an address it wrote itself at the start of the header
        assertEquals("198.51.100.7", ClientAddresses.resolve("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.3", PROXIES));
    }

    @Test
    void aHeaderOfOnlyProxiesFallsBackToThePeer() {
        assertEquals("10.0.0.2", ClientAddresses.resolve("10.0.0.2", "10.0.0.3", PROXIES));
    }
}
