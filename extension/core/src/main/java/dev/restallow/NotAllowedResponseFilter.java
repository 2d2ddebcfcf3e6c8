package dev.restallow;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;

/**
 * The safety net for 405s that did not come from rest-allow's mapper (CXF's routing 405 is a
 * plain ClientErrorException, an application's own mapper answers for itself): makes
 * {@code Allow} exact and adds the configured body where the 405 has none. Status and any body
 * already there are kept. Every 405 passes here, whoever made it, so it is also where 405s are
 * counted ({@link NotAllowedMetric}).
 */
final class NotAllowedResponseFilter implements ContainerResponseFilter {

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    private final AllowResolver allowResolver;
    private final ErrorResponses responses;
    private final NotAllowedMetric metric;

    @Context
    private ResourceInfo resourceInfo;

    NotAllowedResponseFilter(AllowResolver allowResolver, ErrorResponses responses, NotAllowedMetric metric) {
        this.allowResolver = allowResolver;
        this.responses = responses;
        this.metric = metric;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 405) {
            return;
        }
        metric.count(request);
        AllowedMethods allowed = allowResolver.resolve(MatchedResource.isMatched(resourceInfo),
                RelativePath.of(request.getUriInfo()),
                AllowedMethods.parseHeaderValues(response.getHeaders().get(HttpHeaders.ALLOW)));
        if (allowed == null) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ALLOW, allowed.headerValue());
        if (!response.hasEntity()) {
            ErrorResponses.Body body = responses.methodNotAllowedBody(RefusedRequest.of(request), allowed);
            if (body != null) {
                response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
                response.setEntity(body.json(), NO_ANNOTATIONS, MediaType.valueOf(body.mediaType()));
            }
        }
    }
}
