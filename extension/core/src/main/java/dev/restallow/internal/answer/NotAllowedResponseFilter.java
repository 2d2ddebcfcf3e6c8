package dev.restallow.internal.answer;

import dev.restallow.internal.body.ErrorResponses;
import dev.restallow.internal.metrics.NotAllowedMetric;
import dev.restallow.internal.route.AllowedMethods;
import dev.restallow.internal.route.RelativePath;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Providers;
import java.lang.annotation.Annotation;

/**
 * The safety net for 405s that did not come from rest-allow's mapper (CXF's routing 405 is a
 * plain ClientErrorException, an application's own mapper answers for itself): makes
 * {@code Allow} exact and adds the configured body where the 405 has none; a bodiless 405 for a
 * method that is no token becomes the 400, unless the application maps 405s itself. Any body
 * already there is kept. Every 405 passes here, whoever made it, so it is also where 405s are
 * counted ({@link NotAllowedMetric}).
 */
public final class NotAllowedResponseFilter implements ContainerResponseFilter {

    private static final Annotation[] NO_ANNOTATIONS = new Annotation[0];

    private final AllowResolver allowResolver;
    private final ErrorResponses responses;
    private final NotAllowedMetric metric;
    /** Where an entity-less 404 becomes the 405 (Quarkus REST); null elsewhere. */
    private final NotFoundBelowLocator notFoundBelowLocator;

    @Context
    private ResourceInfo resourceInfo;
    /** Null where the runtime does not inject it (the Quarkus extension's beans). */
    @Context
    private Providers providers;

    NotAllowedResponseFilter(AllowResolver allowResolver, ErrorResponses responses, NotAllowedMetric metric,
            NotFoundBelowLocator notFoundBelowLocator) {
        this.allowResolver = allowResolver;
        this.responses = responses;
        this.metric = metric;
        this.notFoundBelowLocator = notFoundBelowLocator;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        filter(request, response, resourceInfo);
    }

    /** @param resourceInfo the resource method the runtime matched, if any */
    void filter(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resourceInfo) {
        if (request.getProperty(AutomaticOptionsResponder.RUNTIME_ANSWERS) instanceof AllowedMethods options) {
            if (response.getStatus() == 200) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, options.headerValue());
            }
            return;
        }
        AllowedMethods allowed;
        if (response.getStatus() == 405) {
            allowed = allowResolver.resolve(MatchedResource.isMatched(resourceInfo),
                    RelativePath.of(request.getUriInfo()), request.getMethod(),
                    AllowedMethods.parseHeaderValues(response.getHeaders().get(HttpHeaders.ALLOW)));
        } else if (response.getStatus() == 404 && notFoundBelowLocator != null && !response.hasEntity()) {
            allowed = notFoundBelowLocator.allowedInstead(request);
            if (allowed == null) {
                return;
            }
            response.setStatus(405);
        } else {
            return;
        }
        metric.count(request);
        if (allowed == null) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ALLOW, allowed.headerValue());
        if (!response.hasEntity()) {
            int status = ErrorResponses.refusedStatus(request.getMethod());
            if (status != 405 && ApplicationMappers.forClientErrors(providers) != null) {
                status = 405; // an application that maps 405s itself keeps its status
            }
            response.setStatus(status);
            ErrorResponses.Body body = responses.refusedBody(status, RefusedRequest.of(request), allowed);
            if (body != null) {
                response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
                response.setEntity(body.json(), NO_ANNOTATIONS, MediaType.valueOf(body.mediaType()));
            }
        }
    }
}
