package dev.restallow.internal.answer;

import dev.restallow.internal.body.ErrorResponses;
import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.MethodToken;
import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import dev.restallow.internal.route.RouteTable;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Providers;
import java.util.Locale;

/**
 * Answers, on paths where the runtime would otherwise answer 405, 501 Not Implemented for a method
 * the server does not recognise (RFC 9110 §15.6.2): a token that is none of
 * {@link MethodToken#RECOGNISED} and that no resource of the application declares; and 400 Bad
 * Request for a method that is no token at all (RFC 9110 §9.1). A recognised method gets the
 * ordinary 405, and so does every method where the application maps the runtime's 405 through an
 * exception mapper of its own.
 */
@PreMatching
public final class UnknownMethodResponder implements ContainerRequestFilter {

    private final ApplicationRouteTable routes;
    private final ErrorResponses responses;
    /** CXF selects resource methods ignoring the method's case ({@code get} is served as GET). */
    private final boolean methodsIgnoreCase;

    @Context
    private Providers providers;

    public UnknownMethodResponder(ApplicationRouteTable routes, ErrorResponses responses, boolean methodsIgnoreCase) {
        this.routes = routes;
        this.responses = responses;
        this.methodsIgnoreCase = methodsIgnoreCase;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        filter(request, providers);
    }

    /**
     * @param providers the application's providers, where the application maps 405s through a
     *     mapper of its own (its mapper then answers an unknown method as it answers any 405)
     */
    void filter(ContainerRequestContext request, Providers providers) {
        String method = methodsIgnoreCase ? request.getMethod().toUpperCase(Locale.ROOT) : request.getMethod();
        if (MethodToken.RECOGNISED.contains(method)) {
            return;
        }
        RouteTable table = routes.table();
        boolean token = MethodToken.isToken(method);
        if (token && table.implementedMethods().contains(method)) {
            return;
        }
        if (ApplicationMappers.forClientErrors(providers) != null) {
            // the application maps the runtime's 405 itself (the Jakarta REST TCK's request-matching
            // application answers 200 from its ExceptionMapper<WebApplicationException>): a 501 from
            // here would bypass it, so the runtime's 405 and the application's answer stay
            return;
        }
        if (table.lookup(RelativePath.of(request.getUriInfo())) instanceof RouteLookup.Match match) {
            request.abortWith(token
                    ? responses.notImplemented(RefusedRequest.of(request), match.allowed())
                    : responses.malformedMethod(RefusedRequest.of(request), match.allowed()));
        }
    }
}
