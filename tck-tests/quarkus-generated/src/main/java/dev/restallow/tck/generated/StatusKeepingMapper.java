package dev.restallow.tck.generated;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * In the tests' mapper profile only: the application's own mapper for every WebApplicationException,
 * in its most common shape. It keeps the status, drops every header and writes its own body.
 */
@Provider
@IfBuildProperty(name = "generated.application-mapper", stringValue = "true")
public class StatusKeepingMapper implements ExceptionMapper<WebApplicationException> {

    public static final String BODY = "mapped by the application";

    @Override
    public Response toResponse(WebApplicationException exception) {
        return Response.status(exception.getResponse().getStatus()).type(MediaType.TEXT_PLAIN_TYPE).entity(BODY).build();
    }
}
