package dev.restallow.internal.route;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The immutable route model of one application: answers, for a concrete request path, which
 * methods the application serves there, the way Jakarta REST §3.7.2 selects resources (path
 * first, then methods), or the way the runtime's own {@link RuntimeRouting.Rule} does where it deviates
 * for overlapping templates. Lookups walk an index, so their cost does not grow with the number of
 * routes.
 */
public final class RouteTable {

    /**
     * Locator steps in a row that consume nothing of the path (an empty locator template) after
     * which the model gives up: only a cycle of such locators gets there, and it never ends.
     */
    static final int MAX_STALLED_LOCATOR_STEPS = 64;

    private final List<ResourceNode> nodes;
    private final TemplateIndex<Integer> roots;
    private final Set<String> implementedMethods;
    /**
     * The answer for each method set of the model, made once: a lookup then allocates no Match,
     * no AllowedMethods and no sorting. Keyed by identity, valued by content (equal sets share one).
     */
    private final Map<Set<String>, RouteLookup.Match> matches;
    /** The lookup of a runtime that selects by method where templates overlap; null for §3.7.2. */
    private final PerMethodLookup perMethod;

    RouteTable(List<ResourceNode> nodes, TemplateIndex<Integer> roots, Set<String> implementedMethods, RuntimeRouting.Rule rule) {
        this.nodes = List.copyOf(nodes);
        this.roots = roots;
        this.implementedMethods = Set.copyOf(implementedMethods);
        this.matches = matchesOf(this.nodes);
        RuntimeRouting routing = rule.over(this.nodes, roots);
        this.perMethod = routing == null ? null : new PerMethodLookup(routing, this.implementedMethods);
    }

    private static Map<Set<String>, RouteLookup.Match> matchesOf(List<ResourceNode> nodes) {
        Map<Set<String>, RouteLookup.Match> byContent = new HashMap<>();
        Map<Set<String>, RouteLookup.Match> byIdentity = new IdentityHashMap<>();
        for (ResourceNode node : nodes) {
            byIdentity.put(node.resourceMethods(),
                    byContent.computeIfAbsent(node.resourceMethods(), RouteLookup.Match::new));
            node.subRoutes().forEachEntry(entry -> byIdentity.put(entry.value().methods(),
                    byContent.computeIfAbsent(entry.value().methods(), RouteLookup.Match::new)));
        }
        return byIdentity;
    }

    private RouteLookup.Match matchOf(Set<String> declaredMethods) {
        RouteLookup.Match match = matches.get(declaredMethods);
        return match != null ? match : new RouteLookup.Match(declaredMethods);
    }

    /** Whether lookups follow §3.7.2 everywhere: no runtime rule that deviates from it where templates overlap. */
    public boolean followsSpecification() {
        return perMethod == null;
    }

    /** Every HTTP method some resource of the application declares, plus HEAD and OPTIONS. */
    public Set<String> implementedMethods() {
        return implementedMethods;
    }

    /**
     * Looks up a request path relative to the application's base URI, percent-encoded, as
     * {@link RelativePath} gives it (no leading '/': one there is an empty first segment). Matrix
     * parameters are ignored, as in request matching.
     */
    public RouteLookup lookup(RelativePath requestPath) {
        if (perMethod == null) {
            return walk(requestPath, Walker.BY_SPECIFICATION);
        }
        // the runtime's own rule differs from §3.7.2 only where templates overlap on the way
        RouteLookup withoutOverlap = walk(requestPath, Walker.UNTIL_TEMPLATES_OVERLAP);
        return withoutOverlap != null ? withoutOverlap : perMethod.lookup(requestPath);
    }

    /**
     * The route template of the resource that §3.7.2 selects for a request path (also where the
     * runtime's own rule serves some methods from an overlapping template instead): the
     * {@code @Path} values along the way (root class, locators, sub-resource method) joined by '/',
     * such as {@code /books/{id}/loans}; for a path that leads through a locator whose target only
     * the runtime knows, the templates up to that locator's. Null where no resource matches. Made
     * only of the application's own templates, never of request data: where locators lead back to
     * a resource already on the way, the rest is {@code /**}, so that the number of distinct
     * templates stays bounded by the model, whatever the depth of the request path.
     */
    public String routeTemplate(RelativePath requestPath) {
        RouteTemplate route = new RouteTemplate(nodes.size());
        return walk(requestPath, route) instanceof RouteLookup.NoMatch ? null : route.toString();
    }

    /**
     * Whether a variable of {@code template} took a '/' of the path when it matched (a regex such as
     * {@code {v: a.*}}): how much such a variable takes is where runtimes differ (RESTEasy matches
     * full method templates, and a locator's last {@code find()}), even with no other template there.
     */
    private static boolean spansSegments(PathTemplate template, String path, String rest) {
        int consumedSlashes = 0;
        int consumedEnd = path.length() - rest.length();
        // a template's trailing '/' is not one of its segments; a variable that took a final '/' spans one
        // ({v: .+} on "//", which RESTEasy matches as "/")
        String source = template.source();
        int counted = source != null && source.length() > 1 && source.endsWith("/") ? consumedEnd - 1 : consumedEnd;
        for (int i = 0; i < counted; i++) {
            if (path.charAt(i) == '/') {
                consumedSlashes++;
            }
        }
        return consumedSlashes > template.segmentCount();
    }

    /**
     * The sub-resource templates of a class that some runtime may select for {@code rest}: those
     * with a locator that match a prefix of it, and those with methods that match all of it (no
     * runtime selects a sub-resource method for a longer path).
     */
    private static int selectableSubRoutes(ResourceNode node, String rest) {
        int selectable = 0;
        for (TemplateIndex.Entry<ResourceNode.SubRoute> entry : node.subRoutes().matchCandidates(rest)) {
            String remaining = entry.match(rest);
            if (remaining != null && (entry.value().hasLocator()
                    || !entry.value().methods().isEmpty() && RoutingStep.isEmptyRest(remaining))) {
                selectable++;
            }
        }
        return selectable;
    }

    private static <T> int matchingTemplates(List<TemplateIndex.Entry<T>> candidates, String path) {
        int matching = 0;
        for (TemplateIndex.Entry<T> entry : candidates) {
            if (entry.match(path) != null) {
                matching++;
            }
        }
        return matching;
    }

    /** What a §3.7.2 walk does besides selecting. */
    interface Walker {

        Walker BY_SPECIFICATION = new Walker() {
        };

        /**
         * Gives up, the walk returning null, where more than one template matches on the way (among
         * the root templates, or among the sub-resource templates a runtime may select in a class it
         * passes), sub-resource methods and a locator share the template that serves the path, or a
         * variable takes a '/': only there do Jersey, RESTEasy and CXF select other than §3.7.2.
         */
        Walker UNTIL_TEMPLATES_OVERLAP = new Walker() {
            @Override
            public boolean givesUpWhereTemplatesOverlap() {
                return true;
            }
        };

        default boolean givesUpWhereTemplatesOverlap() {
            return false;
        }

        /**
         * Told each template the walk follows.
         *
         * @param resource the index of the resource the template leads to, or a negative value where it
         *     leads to no resource of the model (a sub-resource method, or a locator's opaque target)
         */
        default void follow(int resource, PathTemplate template) {
        }
    }

    private RouteLookup walk(RelativePath requestPath, Walker walker) {
        boolean nullWhereTemplatesOverlap = walker.givesUpWhereTemplatesOverlap();
        String path = requestPath.forMatching();
        List<TemplateIndex.Entry<Integer>> rootCandidates = roots.matchCandidates(path);
        if (nullWhereTemplatesOverlap && matchingTemplates(rootCandidates, path) > 1) {
            return null;
        }
        RootMatch root = bestMatch(rootCandidates, path);
        if (root == null) {
            return RouteLookup.NO_MATCH;
        }
        if (nullWhereTemplatesOverlap && spansSegments(root.entry().template(), path, root.rest())) {
            return null;
        }
        walker.follow(root.entry().value(), root.entry().template());
        ResourceNode node = nodes.get(root.entry().value());
        String rest = root.rest();
        int stalled = 0;
        while (stalled <= MAX_STALLED_LOCATOR_STEPS) {
            // §3.7.2 step 2a: nothing left of the path, so the resource methods answer
            if (RoutingStep.isEmptyRest(rest) && !node.resourceMethods().isEmpty()) {
                return matchOf(node.resourceMethods());
            }
            if (nullWhereTemplatesOverlap && selectableSubRoutes(node, rest) > 1) {
                return null;
            }
            Selected selected = selectSubRoute(node, rest);
            if (selected == null) {
                return RouteLookup.NO_MATCH_INSIDE_RESOURCE_CLASS;
            }
            if (nullWhereTemplatesOverlap && (spansSegments(selected.entry.template(), rest, selected.rest)
                    // methods and a locator on one template: CXF takes the locator for the methods they lack
                    || selected.byMethod && selected.entry.value().hasLocator())) {
                return null;
            }
            ResourceNode.SubRoute subRoute = selected.entry.value();
            walker.follow(selected.byMethod ? ResourceNode.NO_LOCATOR : subRoute.locatorTarget(),
                    selected.entry.template());
            if (selected.byMethod) {
                return matchOf(subRoute.methods());
            }
            if (subRoute.locatorTarget() == ResourceNode.OPAQUE) {
                return new RouteLookup.Deferred(subRoute.locatorName());
            }
            node = nodes.get(subRoute.locatorTarget());
            stalled = selected.rest.length() < rest.length() ? 0 : stalled + 1;
            rest = selected.rest;
        }
        return new RouteLookup.Deferred("a cycle of sub-resource locators with empty templates");
    }

    /**
     * The answer for a path whose resource is selected without calling a sub-resource locator, or
     * null (no match, or the path leads through a locator: the runtime calls application code
     * there before it can answer 405). For a method outside {@code allowed()} of such a match, the
     * runtime's answer is certainly a routing 405.
     */
    public RouteLookup.Match directMatch(RelativePath requestPath) {
        String path = requestPath.forMatching();
        RootMatch root = bestMatch(roots.matchCandidates(path), path);
        if (root == null) {
            return null;
        }
        ResourceNode node = nodes.get(root.entry().value());
        if (RoutingStep.isEmptyRest(root.rest()) && !node.resourceMethods().isEmpty()) {
            return matchOf(node.resourceMethods());
        }
        Selected selected = selectSubRoute(node, root.rest());
        return selected != null && selected.byMethod ? matchOf(selected.entry.value().methods()) : null;
    }

    private record Selected(TemplateIndex.Entry<ResourceNode.SubRoute> entry, String rest, boolean byMethod) {
    }

    /**
     * §3.7.2 steps 2b-2f: among sub-resource methods (only when nothing is left after their
     * template) and locators, the best template wins; on equal keys methods come before locators.
     */
    private static Selected selectSubRoute(ResourceNode node, String rest) {
        Selected best = null;
        for (TemplateIndex.Entry<ResourceNode.SubRoute> entry : node.subRoutes().matchCandidates(rest)) {
            if (best != null && PathTemplate.MATCHING_ORDER.compare(entry.template(), best.entry.template()) > 0) {
                continue; // cannot beat the best so far, whatever it matches
            }
            String remaining = entry.match(rest);
            if (remaining == null) {
                continue;
            }
            ResourceNode.SubRoute route = entry.value();
            boolean byMethod = !route.methods().isEmpty() && RoutingStep.isEmptyRest(remaining);
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

    private record RootMatch(TemplateIndex.Entry<Integer> entry, String rest) {
    }

    private static RootMatch bestMatch(List<TemplateIndex.Entry<Integer>> candidates, String path) {
        TemplateIndex.Entry<Integer> best = null;
        String bestRest = null;
        for (TemplateIndex.Entry<Integer> entry : candidates) {
            if (best != null && PathTemplate.MATCHING_ORDER.compare(entry.template(), best.template()) >= 0) {
                continue;
            }
            String rest = entry.match(path);
            if (rest != null) {
                best = entry;
                bestRest = rest;
            }
        }
        return best == null ? null : new RootMatch(best, bestRest);
    }
}
