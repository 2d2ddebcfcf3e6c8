package dev.restallow.internal.route;

import java.util.HashSet;
import java.util.Set;

/**
 * The route lookup for a runtime whose selection depends on the request method
 * ({@link RuntimeRouting}): every method the application implements is routed on its own, and the
 * methods that reach an application method make the answer; the others get 405 or 404 there.
 */
final class PerMethodLookup {

    /**
     * Stands for every method the application declares nowhere (an unknown method gets 501 from
     * rest-allow where the path has an exact Allow): CXF takes such a method into a locator.
     */
    private static final String UNDECLARED = "UNDECLARED";

    private final RuntimeRouting routing;
    private final Set<String> methods;

    /**
     * @param implementedMethods the methods the application declares; GET, HEAD, OPTIONS and one method declared
     *     nowhere are routed too
     */
    PerMethodLookup(RuntimeRouting routing, Set<String> implementedMethods) {
        this.routing = routing;
        Set<String> routed = new HashSet<>(implementedMethods);
        routed.addAll(Set.of("GET", "HEAD", "OPTIONS"));
        String undeclared = UNDECLARED;
        while (routed.contains(undeclared)) {
            undeclared = undeclared + "X";
        }
        routed.add(undeclared);
        this.methods = Set.copyOf(routed);
    }

    RouteLookup lookup(RelativePath requestPath) {
        String path = requestPath.forMatching();
        Set<String> served = new HashSet<>();
        boolean routed = false;
        boolean servedAny = false;
        boolean notFound = false;
        boolean inside = false;
        boolean optionsNotFound = false;
        boolean optionsRefused = false;
        for (String method : methods) {
            RoutingStep step = route(path, method);
            if (step instanceof RoutingStep.Enter enter) {
                return new RouteLookup.Deferred(enter.locator() != null ? enter.locator()
                        : "a cycle of sub-resource locators with empty templates");
            }
            boolean options = method.equals("OPTIONS");
            if (step instanceof RoutingStep.Served done) {
                routed |= !options;
                servedAny |= !options;
                if (done.declared()) {
                    served.add(method);
                }
            } else if (step instanceof RoutingStep.Refused refused) {
                routed |= !options;
                optionsRefused |= refused.options();
            } else if (step instanceof RoutingStep.NotFound missing) {
                inside |= missing.insideResourceClass();
                notFound |= !options;
                optionsNotFound |= options;
            }
        }
        if (!routed) {
            return inside ? RouteLookup.NO_MATCH_INSIDE_RESOURCE_CLASS : RouteLookup.NO_MATCH;
        }
        if (notFound) {
            // CXF: a locator that matches the whole path serves some methods, 404 for the others; no Allow is exact
            return new RouteLookup.Deferred("a path where the runtime answers 404 to some methods and serves others");
        }
        if (optionsNotFound && !servedAny) {
            // CXF never takes OPTIONS into a locator that matches the whole path (JAXRSUtils#findTargetMethod): where
            // nothing else is served either, its own answer (404) stands, as an application's @OPTIONS would
            served.add("OPTIONS");
        }
        return optionsRefused ? RouteLookup.Match.refusingOptions(served) : new RouteLookup.Match(served);
    }

    /** Where one method goes: never an {@link RoutingStep.Enter} but into an opaque locator or a cycle. */
    private RoutingStep route(String path, String method) {
        RoutingStep step = routing.selectRoot(path, method);
        int stalled = 0;
        while (step instanceof RoutingStep.Enter enter && enter.node() != ResourceNode.OPAQUE) {
            if (stalled > RouteTable.MAX_STALLED_LOCATOR_STEPS) {
                return new RoutingStep.Enter(ResourceNode.OPAQUE, enter.rest(), null);
            }
            RoutingStep next = routing.selectInside(enter.node(), enter.rest(), method);
            if (next instanceof RoutingStep.Enter deeper) {
                stalled = deeper.rest().length() < enter.rest().length() ? 0 : stalled + 1;
            }
            step = next;
        }
        return step;
    }
}
