package dev.restallow.internal.answer;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;

/**
 * Apache CXF only (registered when CXF configures the feature): CXF raises its routing 405 as a
 * bare {@code ClientErrorException} (JAXRSUtils#findTargetMethod via SpecExceptions#toHttpException),
 * which an {@code ExceptionMapper<NotAllowedException>} never sees. CXF's own
 * WebApplicationExceptionMapper then maps it and logs a WARNING with a stack trace for every 405.
 * This mapper answers those 405s as {@link NotAllowedMapper} does, without the log. Every other
 * status goes to the mapper CXF would have chosen without rest-allow (the application's for a
 * supertype, else CXF's default, which CXF always ranks last), so those answers, and their log
 * lines, stay as they were.
 */
public final class CxfClientErrorMapper implements ExceptionMapper<ClientErrorException> {

    private final NotAllowedMapper notAllowed;

    // CXF sets the @Context values of the mapper it chose only (ExceptionUtils#convertFaultToResponse)
    @Context
    private Providers providers;
    @Context
    private ResourceInfo resourceInfo;
    @Context
    private UriInfo uriInfo;
    @Context
    private HttpHeaders headers;
    @Context
    private Request request;

    public CxfClientErrorMapper(NotAllowedMapper notAllowed) {
        this.notAllowed = notAllowed;
    }

    @Override
    public Response toResponse(ClientErrorException exception) {
        if (exception.getResponse() != null && exception.getResponse().getStatus() == 405) {
            return notAllowed.answer(exception, providers, resourceInfo, uriInfo, headers, request);
        }
        ExceptionMapper<WebApplicationException> runtimeChoice = providers == null
                ? null : providers.getExceptionMapper(WebApplicationException.class);
        if (runtimeChoice == null || (Object) runtimeChoice == this) {
            return exception.getResponse();
        }
        return runtimeChoice.toResponse(exception);
    }
}
