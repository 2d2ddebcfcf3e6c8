package dev.restallow.quarkus.runtime;

import dev.restallow.internal.answer.ProviderPriorities;
import dev.restallow.internal.answer.RestAllowAnswers;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Providers;

/**
 * The 405 with the exact {@code Allow} and the configured body. The lowest precedence, so that an
 * application's own {@code ExceptionMapper<NotAllowedException>} wins.
 */
@Singleton
@Priority(ProviderPriorities.EXCEPTION_MAPPER)
public class RestAllowExceptionMapper implements ExceptionMapper<NotAllowedException> {

    @Inject
    Instance<RestAllowAnswers> answers;

    @Context
    ResourceInfo resourceInfo;
    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;
    @Context
    Request request;
    @Context
    Providers providers;

    @Override
    public Response toResponse(NotAllowedException exception) {
        return answers.get().toResponse(exception, resourceInfo, uriInfo, headers, request, providers);
    }
}
