package gr.integrity.register.web.api;

import gr.integrity.register.common.BusinessException;
import gr.integrity.register.common.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/** A record that does not exist (or is not public) is 404; any other refusal by the services is 400. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException exception) {
        boolean missing = exception instanceof NotFoundException;
        return Response.status(missing ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(missing ? "not_found" : "bad_request", exception.getField(),
                        exception.localizedMessage(Locale.ENGLISH)))
                .build();
    }
}
