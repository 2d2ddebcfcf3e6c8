package dev.restallow.internal.check;

import dev.restallow.internal.route.AllowedMethods;
import dev.restallow.internal.route.ExamplePath;
import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.RouteLookup;
import dev.restallow.internal.route.RouteTable;
import dev.restallow.internal.route.TemplateIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resource methods that path-first matching (Jakarta REST §3.7.2) never selects for some paths
 * their template matches: another template (a literal, or a more specific one, usually on another
 * class) wins the path and does not serve the method (jakartaee/rest#35, eclipse-ee4j/jersey#3411).
 * Each method's template is tried with the example paths of every template of the application,
 * through the route model's own lookup.
 */
final class UnreachableMethods {

    private UnreachableMethods() {
    }

    static List<MethodWarning> find(ApplicationRoutes routes, RouteTable table) {
        Map<String, List<ApplicationRoutes.Route>> byKey = new LinkedHashMap<>();
        routes.methods().forEach(route -> byKey.computeIfAbsent(route.key(), key -> new ArrayList<>()).add(route));
        TemplateIndex.Builder<String> keys = TemplateIndex.builder();
        byKey.forEach((key, group) -> keys.add(group.get(0).pathTemplate(), key));
        TemplateIndex<String> index = keys.build();
        Map<String, MethodWarning> warnings = new LinkedHashMap<>();
        Set<String> tried = new HashSet<>();
        for (List<ApplicationRoutes.Route> group : byKey.values()) {
            String path = ExamplePath.of(group.get(0).template());
            if (path == null || !tried.add(path)) {
                continue;
            }
            List<TemplateIndex.Entry<String>> matching = new ArrayList<>();
            for (TemplateIndex.Entry<String> entry : index.matchCandidates(path)) {
                if (matchesWhole(entry.template(), path)) {
                    matching.add(entry);
                }
            }
            if (matching.size() < 2) {
                continue; // one template alone at this path: nothing competes for it
            }
            if (!(table.lookup(RelativePath.ofExample(path)) instanceof RouteLookup.Match match)) {
                continue; // the runtime decides below an opaque locator
            }
            matching.sort(Comparator.comparing(TemplateIndex.Entry::template, PathTemplate.MATCHING_ORDER));
            for (TemplateIndex.Entry<String> entry : matching) {
                for (ApplicationRoutes.Route route : byKey.get(entry.value())) {
                    if (match.declaredMethods().contains(route.httpMethod())) {
                        continue;
                    }
                    List<ApplicationRoutes.Route> winners = winners(byKey, matching, entry.value(), match);
                    if (!winners.isEmpty()) {
                        String id = route.declaration().name() + " " + route.httpMethod() + " " + winners.get(0).key();
                        warnings.putIfAbsent(id, warning(route, winners, path));
                    }
                }
            }
        }
        return new ArrayList<>(warnings.values());
    }

    /**
     * The routes of the best other template at the path that serves what the lookup found there.
     *
     * @param matching the templates that match the path, in §3.7.2 order
     */
    private static List<ApplicationRoutes.Route> winners(Map<String, List<ApplicationRoutes.Route>> byKey,
            List<TemplateIndex.Entry<String>> matching, String losingKey, RouteLookup.Match match) {
        for (TemplateIndex.Entry<String> entry : matching) {
            List<ApplicationRoutes.Route> group = byKey.get(entry.value());
            if (!entry.value().equals(losingKey)
                    && group.stream().anyMatch(route -> match.declaredMethods().contains(route.httpMethod()))) {
                return group;
            }
        }
        return List.of();
    }

    private static MethodWarning warning(ApplicationRoutes.Route route, List<ApplicationRoutes.Route> winners,
            String path) {
        ApplicationRoutes.Route winner = winners.get(0);
        List<String> methods = new ArrayList<>();
        methods.add(route.declaration().name());
        Set<String> served = new LinkedHashSet<>();
        for (ApplicationRoutes.Route other : winners) {
            if (!methods.contains(other.declaration().name())) {
                methods.add(other.declaration().name());
            }
            served.add(other.httpMethod());
        }
        String verb = route.httpMethod();
        String detail = route.declaration().name() + " (" + verb + " " + route.template() + ") is not selected for "
                + verb + " " + path + ": path-first matching (Jakarta REST §3.7.2) selects " + winner.template()
                + ", which serves only " + AllowedMethods.exactly(served).headerValue() + ": the request gets 405 where"
                + " the runtime matches path first as the specification says";
        return new MethodWarning(MethodWarning.Check.UNREACHABLE, methods, verb + " " + path, detail);
    }

    /** Whether the template matches the whole path, with nothing left for sub-resources. */
    static boolean matchesWhole(PathTemplate template, String path) {
        String rest = template.match(path);
        return rest != null && (rest.isEmpty() || rest.equals("/"));
    }
}
