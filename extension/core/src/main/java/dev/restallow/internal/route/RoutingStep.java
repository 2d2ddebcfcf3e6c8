package dev.restallow.internal.route;

import java.util.Set;

/** One step of a runtime's resource selection for one request method ({@link RuntimeRouting}). */
public sealed interface RoutingStep {

    /** @param declared whether an application method serves it (false: the runtime's automatic OPTIONS) */
    record Served(boolean declared) implements RoutingStep {
    }

    /**
     * The runtime answers 405.
     *
     * @param options whether it is OPTIONS, which the runtime does not answer automatically there (Jersey)
     */
    record Refused(boolean options) implements RoutingStep {
    }

    /** The runtime answers 404; {@code insideResourceClass} as in {@link RouteLookup.NoMatch}. */
    record NotFound(boolean insideResourceClass) implements RoutingStep {
    }

    /**
     * The runtime goes on in a class with the rest of the path: a root class, or the target of
     * a locator ({@code node} may be {@link ResourceNode#OPAQUE}).
     *
     * @param locator the locator's name, or null for a root class
     */
    record Enter(int node, String rest, String locator) implements RoutingStep {
    }

    RoutingStep SERVED = new Served(true);
    RoutingStep SERVED_AUTOMATICALLY = new Served(false);
    RoutingStep REFUSED = new Refused(false);
    RoutingStep OPTIONS_REFUSED = new Refused(true);
    RoutingStep NOT_FOUND = new NotFound(false);
    RoutingStep NOT_FOUND_INSIDE_RESOURCE_CLASS = new NotFound(true);

    /**
     * What a resource or sub-resource method group does with a method: served when declared, HEAD
     * by GET where there is no HEAD method (Allow has HEAD with GET anyway), the runtime's automatic
     * OPTIONS, else null.
     */
    static RoutingStep serve(Set<String> methods, String method) {
        if (methods.contains(method)) {
            return SERVED;
        }
        return method.equals("HEAD") && methods.contains("GET") || method.equals("OPTIONS") ? SERVED_AUTOMATICALLY : null;
    }

    static boolean isEmptyRest(String rest) {
        return rest.isEmpty() || rest.equals("/");
    }
}
