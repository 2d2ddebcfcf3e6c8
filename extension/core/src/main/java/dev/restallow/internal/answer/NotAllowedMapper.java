package dev.restallow.internal.answer;

import dev.restallow.internal.body.ErrorResponses;
import dev.restallow.internal.route.AllowedMethods;
import dev.restallow.internal.route.RelativePath;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;

/**
 * Turns every {@link NotAllowedException} into a 405 with the exact {@code Allow} and the
 * configured body. When the application maps {@code NotAllowedException} through a mapper of its
 * own for a supertype (WebApplicationException, ClientErrorException, RuntimeException, ...),
 * that mapper answers exactly as it would without rest-allow; the response filter then only
 * makes {@code Allow} exact.
 */
public final class NotAllowedMapper extends InjectedRequestState implements ExceptionMapper<NotAllowedException> {

    private final AllowResolver allowResolver;
    private final ErrorResponses responses;

    public NotAllowedMapper(AllowResolver allowResolver, ErrorResponses responses) {
        this.allowResolver = allowResolver;
        this.responses = responses;
    }

    @Override
    public Response toResponse(NotAllowedException exception) {
        return answer(this, exception);
    }

    /**
     * The 405 for any exception whose response is a 405 (CXF's routing 405 is a bare
     * ClientErrorException), with the request state of the mapper that CXF chose and injected.
     */
    Response answer(ClientErrorException exception, Providers providers, ResourceInfo resourceInfo, UriInfo uriInfo,
            HttpHeaders headers, Request request) {
        Response thrown = exception.getResponse();
        AllowedMethods allowed = allowResolver.resolve(MatchedResource.isMatched(resourceInfo),
                RelativePath.of(uriInfo), request.getMethod(),
                AllowedMethods.parseHeaderValues(thrown.getHeaders().get(HttpHeaders.ALLOW)));
        ExceptionMapper<ClientErrorException> applicationMapper = ApplicationMappers.forClientErrors(providers);
        if (applicationMapper != null) {
            return withAllow(applicationMapper.toResponse(exception), allowed);
        }
        return responses.refused(RefusedRequest.of(request, uriInfo, headers), allowed);
    }

    /**
     * The application mapper's answer, with the exact {@code Allow} where it is still a 405 without
     * one: a mapper that keeps the status and builds its own response drops the header, and only here
     * are the methods that an application-thrown exception names still known.
     */
    private static Response withAllow(Response mapped, AllowedMethods allowed) {
        if (mapped == null || mapped.getStatus() != 405 || allowed == null
                || mapped.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            return mapped;
        }
        return Response.fromResponse(mapped).header(HttpHeaders.ALLOW, allowed.headerValue()).build();
    }
}
