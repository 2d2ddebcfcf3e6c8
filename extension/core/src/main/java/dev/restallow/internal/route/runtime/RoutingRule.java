package dev.restallow.internal.route.runtime;

import dev.restallow.internal.route.ResourceNode;
import dev.restallow.internal.route.RuntimeRouting;
import dev.restallow.internal.route.TemplateIndex;
import java.util.List;

/**
 * Whose resource selection the route model reproduces: Jakarta REST §3.7.2 (path first, then
 * methods), which Quarkus REST follows, or the deviating selection of Jersey, RESTEasy or CXF where
 * templates overlap. Chosen at run time from the classes of the runtime that configures the
 * feature; see OVERLAP-RULES.md in the repository for each runtime's rule.
 */
public enum RoutingRule implements RuntimeRouting.Rule {
    SPEC,
    JERSEY,
    RESTEASY,
    CXF;

    /** The rule of the runtime whose objects these are (its FeatureContext, Configuration), by package. */
    public static RoutingRule ofRuntime(Object... runtimeObjects) {
        for (Object runtimeObject : runtimeObjects) {
            String name = runtimeObject == null ? "" : runtimeObject.getClass().getName();
            if (name.startsWith("org.glassfish.jersey.")) {
                return JERSEY;
            }
            if (name.startsWith("org.jboss.resteasy.") && !name.startsWith("org.jboss.resteasy.reactive.")) {
                return RESTEASY;
            }
            if (name.startsWith("org.apache.cxf.")) {
                return CXF;
            }
        }
        return SPEC;
    }

    /**
     * CXF selects every root class whose template equals the best (JAXRSUtils#selectResourceClass) in
     * reverse registration order (ClassResourceInfoComparator answers -1 for equal templates), and
     * of operations that compare equal keeps the first it met (findTargetMethod's TreeMap).
     */
    @Override
    public boolean followsTheLastOfEqualLocators() {
        return this == CXF;
    }

    @Override
    public RuntimeRouting over(List<ResourceNode> nodes, TemplateIndex<Integer> roots) {
        return switch (this) {
            case SPEC -> null;
            case JERSEY -> new JerseyRouting(nodes, roots);
            case RESTEASY -> new ResteasyRouting(nodes, roots);
            case CXF -> new CxfRouting(nodes, roots);
        };
    }
}
