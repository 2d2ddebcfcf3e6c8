package dev.restallow.internal.answer;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;

/**
 * The request state that the runtime injects into a 405 mapper (Jakarta REST §9.2, field
 * injection, superclass fields included), handed to {@link NotAllowedMapper#answer}.
 */
abstract class InjectedRequestState {

    @Context
    Providers providers;
    @Context
    private ResourceInfo resourceInfo;
    @Context
    private UriInfo uriInfo;
    @Context
    private HttpHeaders headers;
    @Context
    private Request request;

    final Response answer(NotAllowedMapper mapper, ClientErrorException exception) {
        return mapper.answer(exception, providers, resourceInfo, uriInfo, headers, request);
    }
}
