package dev.restallow.internal.route;

import java.util.Set;

/**
 * The routes of one resource class, or of several root resource classes that share one
 * template (they form one candidate set, §3.7.2 step 1e).
 *
 * @param resourceMethods HTTP methods of the resource methods (no {@code @Path})
 * @param subRoutes sub-resource methods and locators, grouped by template
 */
public record ResourceNode(Set<String> resourceMethods, TemplateIndex<SubRoute> subRoutes) {

    public ResourceNode {
        resourceMethods = Set.copyOf(resourceMethods);
    }

    /** Target of a locator whose return type hides the answering class. */
    public static final int OPAQUE = -2;
    /** No locator on this template. */
    public static final int NO_LOCATOR = -1;

    /**
     * The sub-resource methods and the locator that share one template.
     *
     * @param methods HTTP methods of the sub-resource methods (may be empty)
     * @param locatorTarget index of the locator's target node, {@link #OPAQUE} or {@link #NO_LOCATOR}
     * @param locatorName {@code Class#method} of the locator, for messages
     * @param written the {@code @Path} values as written, or null where the node joins several classes
     */
    public record SubRoute(Set<String> methods, int locatorTarget, String locatorName, WrittenPaths written) {
        public SubRoute {
            methods = Set.copyOf(methods);
        }

        public SubRoute(Set<String> methods, int locatorTarget, String locatorName) {
            this(methods, locatorTarget, locatorName, null);
        }

        public boolean hasLocator() {
            return locatorTarget != NO_LOCATOR;
        }
    }

    /**
     * The {@code @Path} values of one template as written in one class: they may differ in variable
     * names only, which Jersey keeps apart as resources of one group.
     *
     * @param methodPaths those of the sub-resource methods
     * @param locatorPath that of the locator, or null
     */
    public record WrittenPaths(Set<String> methodPaths, String locatorPath) {
        public WrittenPaths {
            methodPaths = Set.copyOf(methodPaths);
        }

        /** Whether the locator is written unlike every method of the template (and there are methods). */
        public boolean locatorApart() {
            return locatorPath != null && !methodPaths.isEmpty() && !methodPaths.contains(locatorPath);
        }
    }
}
