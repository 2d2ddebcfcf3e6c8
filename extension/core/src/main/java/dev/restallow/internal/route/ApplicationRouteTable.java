package dev.restallow.internal.route;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The route table of one application: built from its {@link Resources} on first use, and built
 * again once after root classes turn up later (a runtime that reports resources lazily); a table
 * is never modified. The first table built is handed to a {@link FirstBuild}, which the start-up
 * checks use.
 */
public final class ApplicationRouteTable {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    /** What the table is built from: the application's resources as far as they are known so far. */
    public interface Resources {

        /** Counts every change: a table built at one generation is stale once this has moved on. */
        int generation();

        boolean isEmpty();

        /** How many root resource classes are known. */
        int size();

        ResourceModel model();
    }

    /** Told once, about the first table built. */
    public interface FirstBuild {

        /**
         * @param model the application's resources
         * @param specTable the table of the model by §3.7.2, whatever the runtime's rule
         * @param atDeployment false where no root class was known at deployment and the table was first
         *     built for a request (CXF)
         */
        void built(ResourceModel model, RouteTable specTable, boolean atDeployment);
    }

    private static final FirstBuild NOBODY = (model, specTable, atDeployment) -> { };

    /** Null where the table came ready-made from a model read ahead of time. */
    private final Resources rootClasses;
    private final RuntimeRouting.Rule rule;
    private final FirstBuild firstBuild;
    /** The table last built, with the generation of {@link #rootClasses} it was built from. */
    private volatile Built built;
    private boolean told;

    public ApplicationRouteTable(Resources rootClasses, RuntimeRouting.Rule rule, FirstBuild firstBuild) {
        this.rootClasses = rootClasses;
        this.rule = rule;
        this.firstBuild = firstBuild;
    }

    private ApplicationRouteTable(RouteTable table) {
        this.rootClasses = null;
        this.rule = RuntimeRouting.SPECIFICATION;
        this.firstBuild = NOBODY;
        this.built = new Built(table, 0);
        this.told = true;
    }

    /** The table of a model read at build time (the Quarkus extension), by §3.7.2. */
    public static ApplicationRouteTable of(ResourceModel model) {
        return new ApplicationRouteTable(RouteTableBuilder.build(model));
    }

    /** A table with no routes: every lookup finds nothing. */
    public static ApplicationRouteTable empty() {
        return of(new ResourceModel(List.of(), List.of()));
    }

    /**
     * Builds the table now, at deployment, from the root classes known so far, and tells the
     * {@link FirstBuild}; nothing when no root class is known yet (a runtime that shows them only
     * later: it is told when the table is first built for a request).
     */
    public void buildAtDeployment() {
        if (rootClasses == null || rootClasses.isEmpty()) {
            return;
        }
        synchronized (this) {
            build(true);
        }
    }

    public RouteTable table() {
        Built current = built;
        if (current != null && (rootClasses == null || current.generation() == rootClasses.generation())) {
            return current.table();
        }
        synchronized (this) {
            current = built;
            if (current != null && current.generation() == rootClasses.generation()) {
                return current.table();
            }
            long start = System.nanoTime();
            RouteTable table = build(false);
            if (LOG.isLoggable(Level.FINE)) {
                LOG.fine("rest-allow: route model of " + rootClasses.size() + " root resource classes built in "
                        + (System.nanoTime() - start) / 1_000 + " µs");
            }
            return table;
        }
    }

    public RouteLookup lookup(RelativePath requestPath) {
        return table().lookup(requestPath);
    }

    private RouteTable build(boolean atDeployment) {
        int generation = rootClasses.generation();
        ResourceModel model = rootClasses.model();
        RouteTable table = RouteTableBuilder.build(model, rule);
        built = new Built(table, generation);
        if (!told) {
            told = true;
            // the start-up checks warn about what §3.7.2 makes unreachable, whatever the runtime does:
            // an application that relies on its runtime's deviation is not portable
            firstBuild.built(model, table.followsSpecification() ? table : RouteTableBuilder.build(model), atDeployment);
        }
        return table;
    }

    private record Built(RouteTable table, int generation) {
    }
}
