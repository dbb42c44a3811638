package gr.integrity.register.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the database server takes in one statement. MariaDB refuses a statement larger than its
 * {@code max_allowed_packet} (16 MB by default, and as Debian ships it), and the driver sends a byte array as hex,
 * twice its size: a file stored whole in one statement must stay under half the packet. Read from the server once.
 */
@ApplicationScoped
public class DatabaseLimits {

    /** Room for the rest of the statement beside the file. */
    private static final long MARGIN_BYTES = 1024L * 1024;

    @PersistenceContext
    private EntityManager em;

    private volatile Integer storableMegabytes;

    /** The largest file, in whole megabytes, that one statement stores (at least 1). */
    public int storableMegabytes() {
        Integer known = storableMegabytes;
        if (known == null) {
            long packet = ((Number) em.createNativeQuery("select @@max_allowed_packet").getSingleResult()).longValue();
            known = (int) Math.max(1, (packet - MARGIN_BYTES) / 2 / (1024 * 1024));
            storableMegabytes = known;
        }
        return known;
    }
}
