package dev.restallow.tck.app;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** An application's own mapper: keeps the status, drops every header, writes its own body. */
public class StatusKeepingMapper implements ExceptionMapper<WebApplicationException> {

    public static final String BODY = "mapped by the application";

    @Override
    public Response toResponse(WebApplicationException exception) {
        return Response.status(exception.getResponse().getStatus())
                .type(MediaType.TEXT_PLAIN_TYPE).entity(BODY).build();
    }
}
