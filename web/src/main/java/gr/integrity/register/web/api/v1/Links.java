package gr.integrity.register.web.api.v1;

import gr.integrity.register.platform.RegisterConfig;

/**
 * Links in API answers point at the register's configured public address (REGISTER_BASE_URL), never at the Host
 * header a client sent: a forged header must not make the register hand out links to another site (to a cache in
 * front of it, or in a file someone downloads and passes on).
 */
final class Links {

    private Links() {
    }

    static String site(RegisterConfig config) {
        return config.baseUrl();
    }
}
