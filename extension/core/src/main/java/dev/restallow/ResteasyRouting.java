package dev.restallow;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RESTEasy 6.2's resource selection (org.jboss.resteasy.core.registry). Root classes: the first
 * class expression that matches, in {@link ResteasyTemplateKey} order, then registration order
 * (ClassNode#match); nothing else is tried after it. Inside a class (SegmentNode#match): the
 * expressions that match, sorted the same way with methods before locators on equal keys; a
 * locator wins only when it comes before every matching method expression, otherwise locators are
 * skipped and <em>every</em> matching method expression stays a candidate, whatever its rank, and
 * the request method chooses among all of them (SegmentNode#match(List, String, HttpRequest)); its
 * 405 lists them all. A locator's target class is matched the same way (ResourceLocatorInvoker).
 */
final class ResteasyRouting implements RuntimeRouting {

    private static final ResteasyTemplateKey RESOURCE_METHODS = ResteasyTemplateKey.of("");

    private final List<ResourceNode> nodes;
    private final TemplateIndex<Integer> roots;
    private final Map<PathTemplate, ResteasyTemplateKey> keys = new IdentityHashMap<>();

    ResteasyRouting(List<ResourceNode> nodes, TemplateIndex<Integer> roots) {
        this.nodes = nodes;
        this.roots = roots;
        roots.forEachEntry(entry -> keys.computeIfAbsent(entry.template(), t -> ResteasyTemplateKey.of(t.source())));
        for (ResourceNode node : nodes) {
            node.subRoutes().forEachEntry(entry ->
                    keys.computeIfAbsent(entry.template(), t -> ResteasyTemplateKey.of(t.source())));
        }
    }

    @Override
    public RoutingStep selectRoot(String path, String method) {
        TemplateMatch<Integer> best = null;
        for (TemplateMatch<Integer> match : TemplateMatch.all(roots, path)) {
            if (best == null || compareRoots(match, best) < 0) {
                best = match;
            }
        }
        return best == null ? RoutingStep.NOT_FOUND : new RoutingStep.Enter(best.value(), best.rest(), null);
    }

    /** Key order, then the deeper tree node, then registration order: root nodes are made in model order. */
    private int compareRoots(TemplateMatch<Integer> a, TemplateMatch<Integer> b) {
        ResteasyTemplateKey keyA = keys.get(a.template());
        ResteasyTemplateKey keyB = keys.get(b.template());
        int order = keyA.compareExpression(keyB);
        if (order == 0) {
            order = Integer.compare(keyB.depth(), keyA.depth());
        }
        return order != 0 ? order : Integer.compare(a.value(), b.value());
    }

    @Override
    public RoutingStep selectInside(int id, String rest, String method) {
        ResourceNode node = nodes.get(id);
        Set<String> candidates = new HashSet<>();
        ResteasyTemplateKey bestMethod = null;
        if (!node.resourceMethods().isEmpty() && RoutingStep.isEmptyRest(rest)) {
            candidates.addAll(node.resourceMethods());
            bestMethod = RESOURCE_METHODS;
        }
        TemplateMatch<ResourceNode.SubRoute> bestLocator = null;
        for (TemplateMatch<ResourceNode.SubRoute> match : TemplateMatch.all(node.subRoutes(), rest)) {
            ResourceNode.SubRoute route = match.value();
            ResteasyTemplateKey key = keys.get(match.template());
            if (!route.methods().isEmpty() && RoutingStep.isEmptyRest(match.rest())) {
                candidates.addAll(route.methods());
                if (bestMethod == null || compare(key, false, bestMethod, false) < 0) {
                    bestMethod = key;
                }
            }
            if (route.hasLocator() && (bestLocator == null
                    || compare(key, true, keys.get(bestLocator.template()), true) < 0
                    || compare(key, true, keys.get(bestLocator.template()), true) == 0
                            && PathTemplate.MATCHING_ORDER.compare(match.template(), bestLocator.template()) < 0)) {
                bestLocator = match;
            }
        }
        if (bestLocator != null && (bestMethod == null
                || compare(keys.get(bestLocator.template()), true, bestMethod, false) < 0)) {
            ResourceNode.SubRoute locator = bestLocator.value();
            return new RoutingStep.Enter(locator.locatorTarget(), bestLocator.rest(), locator.locatorName());
        }
        if (candidates.isEmpty()) {
            return RoutingStep.NOT_FOUND_INSIDE_RESOURCE_CLASS;
        }
        RoutingStep served = RoutingStep.serve(candidates, method);
        return served != null ? served : RoutingStep.REFUSED;
    }

    /** MethodExpression#compareTo (methods before locators on equal keys), then the deeper tree node. */
    private static int compare(ResteasyTemplateKey a, boolean aLocator, ResteasyTemplateKey b, boolean bLocator) {
        int order = a.compareExpression(b);
        if (order == 0 && aLocator != bLocator) {
            order = aLocator ? 1 : -1;
        }
        return order != 0 ? order : Integer.compare(b.depth(), a.depth());
    }
}
