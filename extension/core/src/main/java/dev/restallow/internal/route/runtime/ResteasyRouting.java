package dev.restallow.internal.route.runtime;

import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.ResourceNode;
import dev.restallow.internal.route.RoutingStep;
import dev.restallow.internal.route.RuntimeRouting;
import dev.restallow.internal.route.TemplateIndex;
import dev.restallow.internal.route.TemplateMatch;
import java.util.HashMap;
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
 * 405 lists them all. In a root class the expressions are the <em>full</em> templates (class path
 * joined with the method's, RootClassNode#addInvoker) matched against the whole path, so a class
 * template whose regex spans segments ({@code {v: a.*}}) gives way to its sub-resources. A
 * locator's target class is matched the same way against the rest (ResourceLocatorInvoker).
 */
final class ResteasyRouting implements RuntimeRouting {

    private static final ResteasyTemplateKey RESOURCE_METHODS = ResteasyTemplateKey.of("");

    private final List<ResourceNode> nodes;
    private final TemplateIndex<Integer> roots;
    private final Map<PathTemplate, ResteasyTemplateKey> keys = new IdentityHashMap<>();
    private final Map<PathTemplate, ResteasyLocatorPattern> locatorPatterns = new IdentityHashMap<>();
    /** Per root node: its resource methods, sub-resource methods and locators under their full templates. */
    private final Map<Integer, TemplateIndex<ResourceNode.SubRoute>> fullRoutes = new HashMap<>();

    ResteasyRouting(List<ResourceNode> nodes, TemplateIndex<Integer> roots) {
        this.nodes = nodes;
        this.roots = roots;
        roots.forEachEntry(root -> {
            keys.computeIfAbsent(root.template(), t -> ResteasyTemplateKey.of(t.source()));
            ResourceNode node = nodes.get(root.value());
            TemplateIndex.Builder<ResourceNode.SubRoute> full = TemplateIndex.builder();
            if (!node.resourceMethods().isEmpty()) {
                full.add(root.template(), new ResourceNode.SubRoute(node.resourceMethods(), ResourceNode.NO_LOCATOR, null));
            }
            node.subRoutes().forEachEntry(sub -> {
                PathTemplate joined = PathTemplate.parse(join(root.template().source(), sub.template().source()));
                keys.computeIfAbsent(joined, t -> ResteasyTemplateKey.of(t.source()));
                if (sub.value().hasLocator()) {
                    locatorPatterns.computeIfAbsent(joined, ResteasyLocatorPattern::new);
                }
                full.add(joined, sub.value());
            });
            fullRoutes.put(root.value(), full.build());
        });
        for (ResourceNode node : nodes) {
            node.subRoutes().forEachEntry(entry -> {
                keys.computeIfAbsent(entry.template(), t -> ResteasyTemplateKey.of(t.source()));
                if (entry.value().hasLocator()) {
                    locatorPatterns.computeIfAbsent(entry.template(), ResteasyLocatorPattern::new);
                }
            });
        }
    }

    /** The full path expression of a method in a root class (ResourceMethodRegistry: class path, '/', method path). */
    private static String join(String classPath, String methodPath) {
        String base = classPath == null ? "" : classPath;
        String sub = methodPath == null ? "" : methodPath;
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        while (sub.startsWith("/")) {
            sub = sub.substring(1);
        }
        return sub.isEmpty() ? base : base + "/" + sub;
    }

    @Override
    public RoutingStep selectRoot(String requestPath, String method) {
        // ResteasyUriInfo#processPath: the matching path loses one trailing '/'
        String path = requestPath.length() > 1 && requestPath.endsWith("/")
                ? requestPath.substring(0, requestPath.length() - 1) : requestPath;
        TemplateMatch<Integer> best = null;
        for (TemplateMatch<Integer> match : TemplateMatch.all(roots, path)) {
            // a class expression ends in (/.+)?: a rest of "/" alone does not match (the empty template's (.*) does)
            boolean matches = match.rest().length() != 1 || match.template().regex().isEmpty();
            if (matches && (best == null || compareRoots(match, best) < 0)) {
                best = match;
            }
        }
        if (best == null) {
            return RoutingStep.NOT_FOUND;
        }
        return select(TemplateMatch.all(fullRoutes.get(best.value()), path), null, path, method);
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
        // SegmentNode#match skips one leading '/' of the rest
        Set<String> resourceMethods = !node.resourceMethods().isEmpty() && RoutingStep.isEmptyRest(rest)
                ? node.resourceMethods() : null;
        return select(TemplateMatch.all(node.subRoutes(), rest), resourceMethods, rest, method);
    }

    /**
     * @param matches the sub-resource methods and locators whose templates match
     * @param resourceMethods the class's resource methods when they match (nothing left of the path), else null
     * @param path what the templates are matched against (a locator leaves RESTEasy's own rest of it)
     */
    private RoutingStep select(List<TemplateMatch<ResourceNode.SubRoute>> matches, Set<String> resourceMethods,
            String path, String method) {
        Set<String> candidates = new HashSet<>();
        ResteasyTemplateKey bestMethod = null;
        if (resourceMethods != null) {
            candidates.addAll(resourceMethods);
            bestMethod = RESOURCE_METHODS;
        }
        TemplateMatch<ResourceNode.SubRoute> bestLocator = null;
        boolean tiedLocators = false;
        for (TemplateMatch<ResourceNode.SubRoute> match : matches) {
            ResourceNode.SubRoute route = match.value();
            ResteasyTemplateKey key = keys.get(match.template());
            // a method expression has no final group: it matches the whole path exactly
            if (!route.methods().isEmpty() && match.rest().isEmpty()) {
                candidates.addAll(route.methods());
                if (bestMethod == null || compare(key, false, bestMethod, false) < 0) {
                    bestMethod = key;
                }
            }
            if (route.hasLocator() && locatorPatterns.get(match.template()).rest(path) != null) {
                int order = bestLocator == null ? -1
                        : compare(keys.get(match.template()), true, keys.get(bestLocator.template()), true);
                boolean sameTarget = bestLocator != null
                        && bestLocator.value().locatorTarget() == route.locatorTarget();
                tiedLocators = order == 0 ? tiedLocators || !sameTarget : order > 0 && tiedLocators;
                if (order < 0 || order == 0 && isBetterLocator(match, bestLocator)) {
                    bestLocator = match;
                }
            }
        }
        if (bestLocator != null && (bestMethod == null
                || compare(keys.get(bestLocator.template()), true, bestMethod, false) < 0)) {
            ResourceNode.SubRoute locator = bestLocator.value();
            String rest = locatorPatterns.get(bestLocator.template()).rest(path);
            // equal locators: RESTEasy takes the first in reflection order, which only the runtime knows
            return new RoutingStep.Enter(tiedLocators ? ResourceNode.OPAQUE : locator.locatorTarget(), rest,
                    tiedLocators ? "equally ranked locators (" + locator.locatorName() + ")" : locator.locatorName());
        }
        if (candidates.isEmpty()) {
            return RoutingStep.NOT_FOUND_INSIDE_RESOURCE_CLASS;
        }
        RoutingStep served = RoutingStep.serve(candidates, method);
        return served != null ? served : RoutingStep.REFUSED;
    }

    /**
     * Between equal locators RESTEasy keeps registration order (reflection's): §3.7.2's order picks one, whose
     * target the lookup then leaves to the runtime.
     */
    private boolean isBetterLocator(TemplateMatch<ResourceNode.SubRoute> a, TemplateMatch<ResourceNode.SubRoute> b) {
        int order = compare(keys.get(a.template()), true, keys.get(b.template()), true);
        return order < 0 || order == 0 && PathTemplate.MATCHING_ORDER.compare(a.template(), b.template()) < 0;
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
