package gr.integrity.register.web.support;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link LaneAdmission} first in the register's request handling, ahead of the servlet container's hand-over to
 * worker threads, and {@link BodyLimit} right after it, ahead of anything that reads a body (found by Undertow
 * through META-INF/services).
 */
public class LaneAdmissionExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        RequestLanes lanes = RequestLanes.fromEnvironment();
        deploymentInfo.addInitialHandlerChainWrapper(next -> new LaneAdmission(new BodyLimit(next), lanes));
    }
}
