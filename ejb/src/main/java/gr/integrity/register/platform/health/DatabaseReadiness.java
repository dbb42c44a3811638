package gr.integrity.register.platform.health;

import gr.integrity.register.platform.HealthService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;

/**
 * Ready to serve when the database answers. The answer is kept for a second: health requests are outside the
 * request lanes (a flood must not make a load balancer drop a healthy node), so however many arrive, they cost at
 * most one database check a second.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "database";
    private static final Duration KEPT = Duration.ofSeconds(1);

    @EJB
    private HealthService health;

    private volatile Checked last = new Checked(Instant.EPOCH, false);

    @Override
    public HealthCheckResponse call() {
        Checked checked = last;
        if (Instant.now().isAfter(checked.at().plus(KEPT))) {
            checked = new Checked(Instant.now(), health.databaseUp());
            last = checked;
        }
        return HealthCheckResponse.named(NAME).status(checked.up()).build();
    }

    private record Checked(Instant at, boolean up) {
    }
}
