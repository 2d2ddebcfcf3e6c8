package dev.restallow.internal.route;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the route model knows about one concrete request path. */
public sealed interface RouteLookup {

    /**
     * The path selects a resource (§3.7.2 steps 1-2) whose methods are known.
     *
     * @param declaredMethods the HTTP methods the application declares there
     * @param allowed the methods that do not get 405 there: the declared ones, HEAD with GET, OPTIONS
     */
    record Match(Set<String> declaredMethods, AllowedMethods allowed) implements RouteLookup {
        public Match(Set<String> declaredMethods) {
            this(Set.copyOf(declaredMethods), AllowedMethods.impliedBy(declaredMethods));
        }

        public boolean declaresOptions() {
            return declaredMethods.contains("OPTIONS");
        }

        /**
         * Where the runtime answers OPTIONS with its 405 (Jersey, where it adds no automatic OPTIONS): OPTIONS
         * counts as declared, so that the runtime answers it, and is not allowed.
         */
        static Match refusingOptions(Set<String> declaredMethods) {
            Set<String> declared = new HashSet<>(declaredMethods);
            declared.add("OPTIONS");
            List<String> allowed = new ArrayList<>(AllowedMethods.impliedBy(declaredMethods).methods());
            allowed.remove("OPTIONS");
            return new Match(Set.copyOf(declared), new AllowedMethods(allowed));
        }
    }

    /**
     * No resource matches the path: the runtime answers 404.
     *
     * @param insideResourceClass whether a root resource class was selected (§3.7.2 step 1) and
     *     nothing in it serves the rest of the path; false when no root class matches at all
     */
    record NoMatch(boolean insideResourceClass) implements RouteLookup {
    }

    /**
     * The path leads through a sub-resource locator whose return type does not tell which class
     * answers, so only the runtime knows; rest-allow keeps the runtime's own answer there.
     */
    record Deferred(String locator) implements RouteLookup {
    }

    RouteLookup NO_MATCH = new NoMatch(false);

    RouteLookup NO_MATCH_INSIDE_RESOURCE_CLASS = new NoMatch(true);
}
