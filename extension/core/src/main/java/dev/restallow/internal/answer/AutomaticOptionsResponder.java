package dev.restallow.internal.answer;

import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Answers automatic OPTIONS (Jakarta REST §3.3.5) from the route model: 200 with the exact
 * {@code Allow} and the body of the runtime's {@link OptionsConvention}. It leaves alone CORS
 * preflights, paths whose resource declares its own {@code @OPTIONS} method, and paths the model
 * cannot see (404s, opaque locators). Where the runtime answers for itself (Jersey's WADL, asked for
 * by name), the response filter makes its {@code Allow} exact.
 */
@PreMatching
public final class AutomaticOptionsResponder implements ContainerRequestFilter {

    /** The request property that carries the exact methods to the response filter where the runtime answers. */
    static final String RUNTIME_ANSWERS = "dev.restallow.options.allowed";

    private final ApplicationRouteTable routes;
    private final OptionsConvention convention;
    /**
     * Whether a path inside a resource class that nothing serves gets 404 here, where the runtime's
     * automatic OPTIONS would answer 200 for it (Quarkus REST lists every method of the class).
     */
    private final boolean notFoundInsideResourceClass;

    AutomaticOptionsResponder(ApplicationRouteTable routes, OptionsConvention convention, boolean notFoundInsideResourceClass) {
        this.routes = routes;
        this.convention = convention;
        this.notFoundInsideResourceClass = notFoundInsideResourceClass;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod()) || isCorsPreflight(request)) {
            return;
        }
        RouteLookup lookup = routes.lookup(RelativePath.of(request.getUriInfo()));
        if (lookup instanceof RouteLookup.Match match && !match.declaresOptions()) {
            Response answer = convention.answer(match.allowed(), request.getHeaderString(HttpHeaders.ACCEPT));
            if (answer != null) {
                request.abortWith(answer);
            } else {
                request.setProperty(RUNTIME_ANSWERS, match.allowed());
            }
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
