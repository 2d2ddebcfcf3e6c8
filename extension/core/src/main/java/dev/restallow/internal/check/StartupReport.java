package dev.restallow.internal.check;

import dev.restallow.RestAllowFeature;
import dev.restallow.internal.route.ResourceModel;
import dev.restallow.internal.route.RouteTable;
import dev.restallow.internal.route.RouteTableBuilder;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What rest-allow reports about an application at deployment: a summary line (routes, methods,
 * warnings), the table of full paths with the methods each answers, and the warnings of the
 * start-up checks, each naming the resource methods involved and an example request:
 * <ul>
 *   <li>a method that path-first matching (Jakarta REST §3.7.2) never selects for some paths of its
 *       template, because another template wins them and does not serve the method;</li>
 *   <li>two methods with the same path, HTTP method and media types;</li>
 *   <li>a root resource class with no resource method, sub-resource method or locator;</li>
 *   <li>a GET, HEAD or DELETE method that takes a request entity;</li>
 *   <li>a {@code @HEAD} method at a path without a {@code @GET} method;</li>
 *   <li>sub-resource locators that lead back to a class already on the way (a cycle);</li>
 *   <li>root resource classes that share one template, which runtimes merge or select one of.</li>
 * </ul>
 * {@link RestAllowFeature} logs it when the application deploys, and with {@code rest-allow.strict=true}
 * fails the deployment when there are warnings; the Quarkus extension does the same at build time.
 */
public final class StartupReport {

    private final RouteReport routes;
    private final List<MethodWarning> warnings;

    private StartupReport(RouteReport routes, List<MethodWarning> warnings) {
        this.routes = routes;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * One full path template and where it comes from, for tools that show the route table (the
     * Quarkus Dev UI).
     *
     * @param template the full template as written, e.g. {@code /orders/{id}}; {@code /...} ends one
     *        below a locator whose target only the runtime knows
     * @param allow the {@code Allow} value there, or for a locator's route, who decides it
     * @param sources the resource methods (or the locator) answering there, {@code Class#method}, sorted
     */
    public record Route(String template, String allow, List<String> sources) {

        public Route {
            sources = List.copyOf(sources);
        }
    }

    /**
     * One finding of the start-up checks in its parts, for tools that show them (the Quarkus Dev UI).
     *
     * @param check which check found it, e.g. {@code unreachable method}
     * @param detail what happens, in a sentence
     * @param methods the resource methods involved, {@code Class#method}
     * @param exampleRequest a request that shows it, e.g. {@code DELETE /orders/new}
     */
    public record Finding(String check, String detail, List<String> methods, String exampleRequest) {

        public Finding {
            methods = List.copyOf(methods);
        }
    }

    /**
     * Checks the model of an application.
     *
     * @throws IllegalArgumentException for a {@code @Path} value that is not a valid template
     */
    public static StartupReport of(ResourceModel model) {
        return of(model, RouteTableBuilder.build(model));
    }

    public static StartupReport of(ResourceModel model, RouteTable table) {
        ApplicationRoutes routes = ApplicationRoutes.of(model);
        return new StartupReport(RouteReport.of(routes, table), MethodChecks.run(model, routes, table));
    }

    /** The summary line, e.g. {@code rest-allow: 4 routes, methods GET, HEAD, POST, DELETE, OPTIONS, 1 warning}. */
    public String summary() {
        return routes.summary(warnings.size());
    }

    /** One line per full path template: {@code /orders/{id} -> GET, HEAD, DELETE, OPTIONS}, sorted by path. */
    public List<String> routeTable() {
        return routes.table();
    }

    /** One message per finding of the checks, each naming the resource methods and an example request. */
    public List<String> warnings() {
        return warnings.stream().map(warning -> "rest-allow: " + warning.message()).toList();
    }

    public List<MethodWarning> findings() {
        return warnings;
    }

    /** The rows of {@link #routeTable()}, each with the resource methods that answer there. */
    public List<Route> routes() {
        return routes.rows();
    }

    /** The findings of {@link #warnings()} in their parts. */
    public List<Finding> warningFindings() {
        return warnings.stream().map(warning -> new Finding(warning.check().title(), warning.detail(),
                warning.methods(), warning.exampleRequest())).toList();
    }

    /** The message that fails a strict deployment or build: every warning, one per line. */
    public String strictFailure() {
        StringBuilder message = new StringBuilder("rest-allow.strict=true and the start-up checks found ")
                .append(warnings.size()).append(warnings.size() == 1 ? " problem:" : " problems:");
        warnings.forEach(warning -> message.append("\n  - ").append(warning.message()));
        return message.toString();
    }

    /** Logs the summary at INFO, the route table at FINE and each warning at WARNING. */
    public void log(Logger log) {
        log.info(summary());
        if (log.isLoggable(Level.FINE)) {
            log.fine("rest-allow: routes\n  " + String.join("\n  ", routeTable()));
        }
        for (String warning : warnings()) {
            log.warning(warning); // not a method reference: the log record's source would be Iterable#forEach
        }
    }
}
