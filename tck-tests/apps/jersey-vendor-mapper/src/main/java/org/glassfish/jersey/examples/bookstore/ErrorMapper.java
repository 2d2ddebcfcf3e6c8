package org.glassfish.jersey.examples.bookstore;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every error of the store as {"status":...,"error":...}, whatever Jersey or a resource threw. */
@Provider
public class ErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        String reason = original.getStatusInfo().getReasonPhrase();
        return Response.status(original.getStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity("{\"status\":" + original.getStatus() + ",\"error\":\"" + reason + "\"}")
                .build();
    }
}
