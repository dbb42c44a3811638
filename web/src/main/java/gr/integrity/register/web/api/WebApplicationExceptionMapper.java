package gr.integrity.register.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * An address the API does not have (or a method it does not take) answers its status with the same JSON error body
 * as every other refusal, never the server's own page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String code = status == Response.Status.NOT_FOUND.getStatusCode() ? "not_found"
                : status == Response.Status.METHOD_NOT_ALLOWED.getStatusCode() ? "method_not_allowed"
                : status == Response.Status.NOT_ACCEPTABLE.getStatusCode() ? "not_acceptable" : "bad_request";
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, null, Response.Status.fromStatusCode(status) == null ? code
                        : Response.Status.fromStatusCode(status).getReasonPhrase()))
                .build();
    }
}
