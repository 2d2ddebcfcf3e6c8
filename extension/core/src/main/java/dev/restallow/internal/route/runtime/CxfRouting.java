package dev.restallow.internal.route.runtime;

import dev.restallow.internal.route.PathTemplate;
import dev.restallow.internal.route.ResourceNode;
import dev.restallow.internal.route.RoutingStep;
import dev.restallow.internal.route.RuntimeRouting;
import dev.restallow.internal.route.TemplateIndex;
import dev.restallow.internal.route.TemplateMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Apache CXF 4.2's resource selection (JAXRSUtils). Root classes: the best matching template in
 * {@link CxfTemplateKey} order, with every class of the same template (selectResourceClass).
 * Inside a class (findTargetMethod): every resource or sub-resource method whose template matches
 * the whole rest <em>and</em> whose HTTP method is the request's (HEAD: or GET) is a candidate, as
 * is every locator whose template matches; locators that match the whole rest drop out when a
 * method matched (or for OPTIONS). The first candidate in template order wins, methods before
 * locators on equal templates, and for HEAD an explicit HEAD method before all
 * (OperationResourceInfoComparatorBase). No candidate: 405 when some method template matched the
 * rest, else 404. So the request method picks among overlapping templates, and a locator can serve
 * the methods a matching sub-resource method lacks.
 */
final class CxfRouting implements RuntimeRouting {

    private final List<ResourceNode> nodes;
    private final TemplateIndex<Integer> roots;
    private final Map<PathTemplate, CxfTemplateKey> keys;

    CxfRouting(List<ResourceNode> nodes, TemplateIndex<Integer> roots) {
        this.nodes = nodes;
        this.roots = roots;
        this.keys = TemplateKeys.of(nodes, roots, CxfTemplateKey::of);
    }

    @Override
    public RoutingStep selectRoot(String path, String method) {
        TemplateMatch<Integer> best = null;
        for (TemplateMatch<Integer> match : TemplateMatch.all(roots, path)) {
            if (best == null || CxfTemplateKey.ORDER.compare(keys.get(match.template()), keys.get(best.template())) < 0) {
                best = match;
            }
        }
        return best == null ? RoutingStep.NOT_FOUND : new RoutingStep.Enter(best.value(), best.rest(), null);
    }

    /** A candidate operation: a method group of one template, or a locator. */
    private record Candidate(CxfTemplateKey key, boolean explicitHead, ResourceNode.SubRoute locator, String rest) {
    }

    @Override
    public RoutingStep selectInside(int id, String rest, String method) {
        ResourceNode node = nodes.get(id);
        List<Candidate> candidates = new ArrayList<>();
        boolean pathMatched = false;
        boolean methodMatched = false;
        if (!node.resourceMethods().isEmpty() && RoutingStep.isEmptyRest(rest)) {
            pathMatched = true;
            if (declares(node.resourceMethods(), method)) {
                methodMatched = true;
                candidates.add(new Candidate(CxfTemplateKey.RESOURCE_METHODS,
                        node.resourceMethods().contains("HEAD"), null, rest));
            }
        }
        List<Candidate> finalLocators = new ArrayList<>();
        for (TemplateMatch<ResourceNode.SubRoute> match : TemplateMatch.all(node.subRoutes(), rest)) {
            ResourceNode.SubRoute route = match.value();
            CxfTemplateKey key = keys.get(match.template());
            boolean finalPath = RoutingStep.isEmptyRest(match.rest());
            if (!route.methods().isEmpty() && finalPath) {
                pathMatched = true;
                if (declares(route.methods(), method)) {
                    methodMatched = true;
                    candidates.add(new Candidate(key, route.methods().contains("HEAD"), null, match.rest()));
                }
            }
            if (route.hasLocator()) {
                (finalPath ? finalLocators : candidates).add(new Candidate(key, false, route, match.rest()));
            }
        }
        if (!methodMatched && !method.equals("OPTIONS")) {
            candidates.addAll(finalLocators);
        }
        if (candidates.isEmpty()) {
            return pathMatched ? RoutingStep.REFUSED : RoutingStep.NOT_FOUND_INSIDE_RESOURCE_CLASS;
        }
        Comparator<Candidate> order = Comparator.comparing(Candidate::key, CxfTemplateKey.ORDER)
                .thenComparing(candidate -> candidate.locator() != null);
        if (method.equals("HEAD")) {
            order = Comparator.comparing((Candidate candidate) -> !candidate.explicitHead()).thenComparing(order);
        }
        Candidate best = candidates.stream().min(order).orElseThrow();
        if (best.locator() == null) {
            return best.explicitHead() || !method.equals("HEAD") ? RoutingStep.SERVED : RoutingStep.SERVED_AUTOMATICALLY;
        }
        return new RoutingStep.Enter(best.locator().locatorTarget(), best.rest(), best.locator().locatorName());
    }

    /** JAXRSUtils#matchHttpMethod: the same method, or GET for HEAD (case is the caller's). */
    private static boolean declares(Set<String> methods, String method) {
        return methods.contains(method) || method.equals("HEAD") && methods.contains("GET");
    }
}
