package gr.integrity.register.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the register's deployment runs code: a node that answers this need not be restarted, even when its
 * database is down (that is readiness: the node waits for it, a restart would not help).
 */
@Liveness
@ApplicationScoped
public class RegisterLiveness implements HealthCheck {

    public static final String NAME = "register";

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up(NAME);
    }
}
