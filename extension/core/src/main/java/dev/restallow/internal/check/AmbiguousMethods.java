package dev.restallow.internal.check;

import dev.restallow.internal.route.ExamplePath;
import dev.restallow.internal.route.ResourceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two or more resource methods with the same path, HTTP method and media types: nothing in
 * Jakarta REST §3.7.2 step 3 tells them apart, so which one runs depends on the runtime (or
 * deployment fails on some runtimes).
 */
final class AmbiguousMethods {

    private AmbiguousMethods() {
    }

    static List<MethodWarning> find(ApplicationRoutes routes) {
        Map<String, List<ApplicationRoutes.Route>> groups = new LinkedHashMap<>();
        for (ApplicationRoutes.Route route : routes.methods()) {
            ResourceModel.MethodDeclaration declaration = route.declaration();
            String key = route.key() + " " + route.httpMethod() + " " + mediaTypes(declaration.consumes()) + " "
                    + mediaTypes(declaration.produces());
            List<ApplicationRoutes.Route> group = groups.computeIfAbsent(key, k -> new ArrayList<>());
            if (group.stream().noneMatch(other -> other.declaration().name().equals(declaration.name()))) {
                group.add(route);
            }
        }
        List<MethodWarning> warnings = new ArrayList<>();
        for (List<ApplicationRoutes.Route> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            ApplicationRoutes.Route first = group.get(0);
            List<String> methods = group.stream().map(route -> route.declaration().name()).sorted().toList();
            String request = first.httpMethod() + " " + ExamplePath.orTemplate(first.template());
            warnings.add(new MethodWarning(MethodWarning.Check.AMBIGUOUS, methods, request,
                    String.join(" and ", methods) + " all serve " + first.httpMethod() + " " + first.template()
                            + " with the same media types (consumes " + mediaTypes(first.declaration().consumes())
                            + ", produces " + mediaTypes(first.declaration().produces())
                            + "): which one runs depends on the runtime"));
        }
        return warnings;
    }

    /** The media types as a set, lower case; none declared is any ({@code *}{@code /*}). */
    private static String mediaTypes(List<String> declared) {
        TreeSet<String> types = new TreeSet<>();
        declared.forEach(type -> types.add(type.replace(" ", "").toLowerCase(Locale.ROOT)));
        if (types.isEmpty()) {
            types.add("*/*");
        }
        return String.join(", ", types);
    }
}
