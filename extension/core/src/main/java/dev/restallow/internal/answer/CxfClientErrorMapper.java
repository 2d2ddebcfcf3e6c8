package dev.restallow.internal.answer;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

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
public final class CxfClientErrorMapper extends InjectedRequestState implements ExceptionMapper<ClientErrorException> {

    private final NotAllowedMapper notAllowed;


    public CxfClientErrorMapper(NotAllowedMapper notAllowed) {
        this.notAllowed = notAllowed;
    }

    @Override
    public Response toResponse(ClientErrorException exception) {
        if (exception.getResponse() != null && exception.getResponse().getStatus() == 405) {
            // CXF sets the @Context values of the mapper it chose only (ExceptionUtils#convertFaultToResponse)
            return answer(notAllowed, exception);
        }
        ExceptionMapper<WebApplicationException> runtimeChoice = providers == null
                ? null : providers.getExceptionMapper(WebApplicationException.class);
        if (runtimeChoice == null || (Object) runtimeChoice == this) {
            return exception.getResponse();
        }
        return runtimeChoice.toResponse(exception);
    }
}
