package dev.restallow.internal.check;

import dev.restallow.internal.route.AllowedMethods;
import dev.restallow.internal.route.RouteTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The start-up route report: one summary line (routes, methods, warnings) and the table of full
 * path templates with the methods each answers, as {@code Allow} would list them.
 *
 * @param routeCount the full path templates that have resource methods
 * @param methods every method the application answers, in canonical order
 * @param table one line per full template, sorted: {@code /orders/{id} -> GET, HEAD, DELETE, OPTIONS}
 */
record RouteReport(int routeCount, AllowedMethods methods, List<String> table) {

    RouteReport {
        table = List.copyOf(table);
    }

    static RouteReport of(ApplicationRoutes routes, RouteTable table) {
        Map<String, String> templates = new LinkedHashMap<>();
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        for (ApplicationRoutes.Route route : routes.methods()) {
            templates.putIfAbsent(route.key(), route.template());
            declared.computeIfAbsent(route.key(), key -> new LinkedHashSet<>()).add(route.httpMethod());
        }
        TreeMap<String, String> lines = new TreeMap<>();
        declared.forEach((key, methods) ->
                lines.put(templates.get(key), AllowedMethods.impliedBy(methods).headerValue()));
        for (ApplicationRoutes.Route locator : routes.deferred()) {
            lines.putIfAbsent(locator.template() + "/...", "decided by the runtime (" + locator.declaration().name()
                    + " does not declare which class answers)");
        }
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> rows = new ArrayList<>();
        lines.forEach((template, methods) ->
                rows.add(template + " ".repeat(width - template.length()) + " -> " + methods));
        return new RouteReport(declared.size(), AllowedMethods.exactly(table.implementedMethods()), rows);
    }

    /** The INFO line. */
    String summary(int warnings) {
        return "rest-allow: " + routeCount + (routeCount == 1 ? " route" : " routes") + ", methods "
                + (methods.methods().isEmpty() ? "none" : methods.headerValue()) + ", " + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }
}
