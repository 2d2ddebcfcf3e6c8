package dev.restallow.internal.answer;

import dev.restallow.internal.route.AllowedMethods;
import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * Quarkus REST only: below a sub-resource locator it answers 404, not 405, to a method that the
 * target class declares only for other sub-paths. This tells such a request apart, so that its
 * 404 becomes the 405 with the exact {@code Allow}.
 */
final class NotFoundBelowLocator {

    private final ApplicationRouteTable routes;

    NotFoundBelowLocator(ApplicationRouteTable routes) {
        this.routes = routes;
    }

    /**
     * The methods allowed at the request's path when the model selects its resource through a
     * sub-resource locator and the request's method is not among them, else null.
     */
    AllowedMethods allowedInstead(ContainerRequestContext request) {
        RelativePath path = RelativePath.of(request.getUriInfo());
        return routes.lookup(path) instanceof RouteLookup.Match match
                && !match.allowed().contains(request.getMethod())
                && routes.table().directMatch(path) == null ? match.allowed() : null;
    }
}
