package dev.restallow;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Answers automatic OPTIONS (Jakarta REST §3.3.5) from the route model: 200 with the exact
 * {@code Allow} and no body. It leaves alone CORS preflights, paths whose resource declares its
 * own {@code @OPTIONS} method, and paths the model cannot see (404s, opaque locators).
 */
@PreMatching
final class AutomaticOptionsResponder implements ContainerRequestFilter {

    private final RouteTableSource routes;
    /**
     * Whether a path inside a resource class that nothing serves gets 404 here, where the runtime's
     * automatic OPTIONS would answer 200 for it (Quarkus REST lists every method of the class).
     */
    private final boolean notFoundInsideResourceClass;

    AutomaticOptionsResponder(RouteTableSource routes) {
        this(routes, false);
    }

    AutomaticOptionsResponder(RouteTableSource routes, boolean notFoundInsideResourceClass) {
        this.routes = routes;
        this.notFoundInsideResourceClass = notFoundInsideResourceClass;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod()) || isCorsPreflight(request)) {
            return;
        }
        RouteLookup lookup = routes.lookup(RelativePath.of(request.getUriInfo()));
        if (lookup instanceof RouteLookup.Match match && !match.declaresOptions()) {
            request.abortWith(Response.ok()
                    .header(HttpHeaders.ALLOW, match.allowed().headerValue())
                    .header(HttpHeaders.CONTENT_LENGTH, 0)
                    .build());
        } else if (notFoundInsideResourceClass && lookup instanceof RouteLookup.NoMatch noMatch
                && noMatch.insideResourceClass()) {
            // thrown, not aborted with: the application's exception mappers see it as they see GET's there
            throw new NotFoundException();
        }
    }

    private static boolean isCorsPreflight(ContainerRequestContext request) {
        return request.getHeaderString("Origin") != null
                && request.getHeaderString("Access-Control-Request-Method") != null;
    }
}
