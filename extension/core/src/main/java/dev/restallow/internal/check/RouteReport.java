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
import java.util.TreeSet;

/**
 * The start-up route report: one summary line (routes, methods, warnings) and the table of full
 * path templates with the methods each answers, as {@code Allow} would list them.
 *
 * @param routeCount the full path templates that have resource methods
 * @param methods every method the application answers, in canonical order
 * @param table one line per full template, sorted: {@code /orders/{id} -> GET, HEAD, DELETE, OPTIONS}
 */
record RouteReport(int routeCount, AllowedMethods methods, List<StartupReport.Route> rows, List<String> table) {

    RouteReport {
        rows = List.copyOf(rows);
        table = List.copyOf(table);
    }

    static RouteReport of(ApplicationRoutes routes, RouteTable table) {
        Map<String, String> templates = new LinkedHashMap<>();
        Map<String, Set<String>> declared = new LinkedHashMap<>();
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        for (ApplicationRoutes.Route route : routes.methods()) {
            templates.putIfAbsent(route.key(), route.template());
            declared.computeIfAbsent(route.key(), key -> new LinkedHashSet<>()).add(route.httpMethod());
            sources.computeIfAbsent(route.key(), key -> new TreeSet<>()).add(route.declaration().name());
        }
        TreeMap<String, StartupReport.Route> byTemplate = new TreeMap<>();
        declared.forEach((key, methods) -> byTemplate.put(templates.get(key), new StartupReport.Route(templates.get(key),
                AllowedMethods.impliedBy(methods).headerValue(), new ArrayList<>(sources.get(key)))));
        for (ApplicationRoutes.Route locator : routes.deferred()) {
            String template = locator.template() + "/...";
            byTemplate.putIfAbsent(template, new StartupReport.Route(template, "decided by the runtime ("
                    + locator.declaration().name() + " does not declare which class answers)",
                    List.of(locator.declaration().name())));
        }
        int width = byTemplate.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> lines = new ArrayList<>();
        byTemplate.forEach((template, row) ->
                lines.add(template + " ".repeat(width - template.length()) + " -> " + row.allow()));
        return new RouteReport(declared.size(), AllowedMethods.exactly(table.implementedMethods()),
                new ArrayList<>(byTemplate.values()), lines);
    }

    /** The INFO line. */
    String summary(int warnings) {
        return "rest-allow: " + routeCount + (routeCount == 1 ? " route" : " routes") + ", methods "
                + (methods.methods().isEmpty() ? "none" : methods.headerValue()) + ", " + warnings
                + (warnings == 1 ? " warning" : " warnings");
    }
}
