package gr.integrity.register.web.api;

import gr.integrity.register.web.support.DatabaseUnavailable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Whatever else fails while answering the API is answered with the same JSON error body and never with the
 * exception's own text (which names classes, the datasource, SQL): 503 with Retry-After when the database cannot be
 * reached, so that scripts back off and try again; 500 otherwise, logged here with its stack trace.
 */
@Provider
public class ServerFailureMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ServerFailureMapper.class);

    @Override
    public Response toResponse(RuntimeException exception) {
        if (DatabaseUnavailable.explains(exception)) {
            LOG.warn("Database unavailable while answering the API: answered 503");
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("unavailable", null, "The register cannot reach its database at the moment."
                            + " Try again in " + DatabaseUnavailable.RETRY_AFTER_SECONDS + " seconds."))
                    .build();
        }
        LOG.error("The API failed to answer", exception);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("server_error", null, "The register could not answer this request."))
                .build();
    }
}
