package dev.restallow.internal.metrics;

import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteTable;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Counts each 405 an application answers by its route template and method. The tags come from the
 * route model, never from the request's text: the route is the model's template for the path
 * ({@code UNKNOWN} where the model has none), the method is the request's when it is a standard
 * method or one the application declares, else {@code OTHER}. So the number of counters is bounded
 * by the model, whatever clients send.
 */
public final class NotAllowedMetric {

    static final String UNKNOWN_ROUTE = "UNKNOWN";
    static final String OTHER_METHOD = "OTHER";

    /** RFC 9110 §9 and RFC 5789. */
    private static final Set<String> STANDARD_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private final ApplicationRouteTable routes;
    private final MethodNotAllowedCounter counter;
    private volatile boolean failureLogged;

    public NotAllowedMetric(ApplicationRouteTable routes, MethodNotAllowedCounter counter) {
        this.routes = routes;
        this.counter = counter;
    }

    /** The metric for the libraries the application sees, or one that counts nothing when {@code enabled} is false. */
    public static NotAllowedMetric of(ApplicationRouteTable routes, boolean enabled) {
        return new NotAllowedMetric(routes,
                enabled ? MetricsLibraries.counterFor(NotAllowedMetric.class.getClassLoader()) : MethodNotAllowedCounter.NONE);
    }

    /** Counts the 405 answered to {@code request}. */
    public void count(ContainerRequestContext request) {
        if (counter == MethodNotAllowedCounter.NONE) {
            return;
        }
        count(RelativePath.of(request.getUriInfo()), request.getMethod());
    }

    public void count(RelativePath relativePath, String method) {
        if (counter == MethodNotAllowedCounter.NONE) {
            return;
        }
        RouteTable table = routes.table();
        String route = table.routeTemplate(relativePath);
        boolean known = STANDARD_METHODS.contains(method) || table.implementedMethods().contains(method);
        try {
            counter.count(route == null ? UNKNOWN_ROUTE : route, known ? method : OTHER_METHOD);
        } catch (RuntimeException | LinkageError failed) {
            // a metric the registry refuses (another meter of the same name) never costs the client its 405
            if (!failureLogged) {
                failureLogged = true;
                LOG.warning("rest-allow: 405s cannot be counted: " + failed);
            }
        }
    }
}
