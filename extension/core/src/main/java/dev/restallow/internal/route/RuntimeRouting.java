package dev.restallow.internal.route;

import java.util.List;

/**
 * The resource selection of one runtime that deviates from Jakarta REST §3.7.2 where templates
 * overlap: it may pick a class or method by the request method, not by the path alone, so the
 * methods served at one path come from several templates. {@link PerMethodLookup} asks it, for each
 * method, where a request goes.
 */
public interface RuntimeRouting {

    /** The first step for a path relative to the application (as {@link RequestPath#forMatching} gives it). */
    RoutingStep selectRoot(String path, String method);

    /** The next step inside a class (not {@link ResourceNode#OPAQUE}) with what is left of the path. */
    RoutingStep selectInside(int node, String rest, String method);

    /** Jakarta REST §3.7.2 itself: path first, then methods. */
    Rule SPECIFICATION = (nodes, roots) -> null;

    /** Which runtime's selection a table reproduces; the routing it makes is null where that is §3.7.2. */
    interface Rule {

        /** The runtime's selection over the nodes and root index of a table; null for §3.7.2. */
        RuntimeRouting over(List<ResourceNode> nodes, TemplateIndex<Integer> roots);

        /**
         * Whether, of root classes that share a template and declare locators with one template, the
         * one registered last is the one the runtime follows (else the first).
         */
        default boolean followsTheLastOfEqualLocators() {
            return false;
        }
    }
}
