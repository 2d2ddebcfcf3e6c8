package dev.restallow.internal.answer;

import dev.restallow.internal.body.ErrorResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;

/** Reads what an error body needs from the request: method, raw path and Accept. */
final class RefusedRequest {

    private RefusedRequest() {
    }

    static ErrorResponses.Refused of(ContainerRequestContext request) {
        return new ErrorResponses.Refused(request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath(),
                request.getHeaderString(HttpHeaders.ACCEPT));
    }

    static ErrorResponses.Refused of(Request request, UriInfo uriInfo, HttpHeaders headers) {
        return new ErrorResponses.Refused(request.getMethod(),
                uriInfo.getRequestUri().getRawPath(),
                headers.getHeaderString(HttpHeaders.ACCEPT));
    }
}
