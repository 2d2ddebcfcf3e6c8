package dev.restallow;

import java.util.List;
import java.util.Set;

/**
 * The immutable route model of one application: answers, for a concrete request path, which
 * methods the application serves there, the way Jakarta REST §3.7.2 selects resources (path
 * first, then methods). Lookups walk an index, so their cost does not grow with the number of
 * routes.
 */
final class RouteTable {

    /**
     * Locator steps in a row that consume nothing of the path (an empty locator template) after
     * which the model gives up: only a cycle of such locators gets there, and it never ends.
     */
    private static final int MAX_STALLED_LOCATOR_STEPS = 64;

    private final List<ResourceNode> nodes;
    private final TemplateIndex<Integer> roots;
    private final Set<String> implementedMethods;

    RouteTable(List<ResourceNode> nodes, TemplateIndex<Integer> roots, Set<String> implementedMethods) {
        this.nodes = List.copyOf(nodes);
        this.roots = roots;
        this.implementedMethods = Set.copyOf(implementedMethods);
    }

    /** Every HTTP method some resource of the application declares, plus HEAD and OPTIONS. */
    Set<String> implementedMethods() {
        return implementedMethods;
    }

    /**
     * Looks up a request path relative to the application's base URI, percent-encoded, with or
     * without a leading '/'. Matrix parameters are ignored, as in request matching.
     */
    RouteLookup lookup(String requestPath) {
        String path = RequestPath.forMatching(requestPath);
        TemplateIndex.Entry<Integer> root = bestMatch(roots.candidates(path), path);
        if (root == null) {
            return RouteLookup.NO_MATCH;
        }
        ResourceNode node = nodes.get(root.value());
        String rest = root.template().match(path);
        int stalled = 0;
        while (stalled <= MAX_STALLED_LOCATOR_STEPS) {
            // §3.7.2 step 2a: nothing left of the path, so the resource methods answer
            if (isEmptyRest(rest) && !node.resourceMethods().isEmpty()) {
                return new RouteLookup.Match(node.resourceMethods());
            }
            Selected selected = selectSubRoute(node, rest);
            if (selected == null) {
                return RouteLookup.NO_MATCH;
            }
            ResourceNode.SubRoute route = selected.entry.value();
            if (selected.byMethod) {
                return new RouteLookup.Match(route.methods());
            }
            if (route.locatorTarget() == ResourceNode.OPAQUE) {
                return new RouteLookup.Deferred(route.locatorName());
            }
            node = nodes.get(route.locatorTarget());
            stalled = selected.rest.length() < rest.length() ? 0 : stalled + 1;
            rest = selected.rest;
        }
        return new RouteLookup.Deferred("a cycle of sub-resource locators with empty templates");
    }

    private record Selected(TemplateIndex.Entry<ResourceNode.SubRoute> entry, String rest, boolean byMethod) {
    }

    /**
     * §3.7.2 steps 2b-2f: among sub-resource methods (only when nothing is left after their
     * template) and locators, the best template wins; on equal keys methods come before locators.
     */
    private static Selected selectSubRoute(ResourceNode node, String rest) {
        Selected best = null;
        for (TemplateIndex.Entry<ResourceNode.SubRoute> entry : node.subRoutes().candidates(rest)) {
            String remaining = entry.template().match(rest);
            if (remaining == null) {
                continue;
            }
            ResourceNode.SubRoute route = entry.value();
            boolean byMethod = !route.methods().isEmpty() && isEmptyRest(remaining);
            if (!byMethod && !route.hasLocator()) {
                continue;
            }
            Selected candidate = new Selected(entry, remaining, byMethod);
            if (best == null || isBetter(candidate, best)) {
                best = candidate;
            }
        }
        return best;
    }

    private static boolean isBetter(Selected candidate, Selected best) {
        int order = PathTemplate.MATCHING_ORDER.compare(candidate.entry.template(), best.entry.template());
        return order < 0 || order == 0 && candidate.byMethod && !best.byMethod;
    }

    private static TemplateIndex.Entry<Integer> bestMatch(List<TemplateIndex.Entry<Integer>> candidates, String path) {
        TemplateIndex.Entry<Integer> best = null;
        for (TemplateIndex.Entry<Integer> entry : candidates) {
            if (entry.template().match(path) != null
                    && (best == null || PathTemplate.MATCHING_ORDER.compare(entry.template(), best.template()) < 0)) {
                best = entry;
            }
        }
        return best;
    }

    private static boolean isEmptyRest(String rest) {
        return rest.isEmpty() || rest.equals("/");
    }
}
