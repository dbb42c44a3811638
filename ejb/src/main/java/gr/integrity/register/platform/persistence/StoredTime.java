package gr.integrity.register.platform.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The precision at which an instant that enters a hash is taken: whole seconds, the precision every MySQL-family
 * server keeps through Connector/J. MariaDB 10.x (Debian's server) introduces itself as "5.5.5-10.x", a version
 * for which the driver drops fractional seconds when it writes; a hash over microseconds would then never match
 * what the database holds, and the integrity check would report every chain broken.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return of(Instant.now());
    }

    public static Instant of(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
