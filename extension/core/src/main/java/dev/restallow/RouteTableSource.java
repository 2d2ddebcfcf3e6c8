package dev.restallow;

import jakarta.ws.rs.core.Configuration;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Collects the root resource classes of one application while it deploys and hands out its
 * {@link RouteTable}, built once on first use. A root class that turns up later (a runtime that
 * reports resources lazily) leads to one rebuild; a table is never modified.
 */
final class RouteTableSource {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private final Set<Class<?>> rootClasses = ConcurrentHashMap.newKeySet();
    private final AtomicInteger generation = new AtomicInteger();
    /** Whether the table came ready-made from a model read ahead of time; root classes reported later are ignored. */
    private final boolean prebuilt;
    private volatile RouteTable table;
    /** Whether the start-up report was logged. */
    private boolean reported;

    RouteTableSource() {
        this.prebuilt = false;
    }

    /** A source whose table is built now, from a model read at build time (the Quarkus extension). */
    RouteTableSource(ResourceModel model) {
        this.prebuilt = true;
        this.table = RouteTableBuilder.build(model);
    }

    /**
     * The root classes the deploying application shows a feature: its configuration's classes and
     * instances, and RESTEasy's deployment (which lists them only there). Classes that the runtime
     * reports later come through the {@link ResourceClassCollector} that the feature registers.
     */
    static RouteTableSource of(Configuration configuration) {
        RouteTableSource routes = new RouteTableSource();
        configuration.getClasses().forEach(routes::addRootClass);
        configuration.getInstances().forEach(instance -> routes.addRootClass(instance.getClass()));
        ResteasyRootClasses.find().forEach(routes::addRootClass);
        return routes;
    }

    void addRootClass(Class<?> resourceClass) {
        if (!prebuilt && ResourceClassScanner.rootPath(resourceClass) != null && rootClasses.add(resourceClass)) {
            generation.incrementAndGet();
            table = null;
        }
    }

    /**
     * Builds the table now, from the root classes known so far, and checks the application
     * ({@link StartupReport}); null when no root class is known yet (a runtime that shows them
     * only later: the report is then logged when the table is first built).
     */
    StartupReport reportAtDeployment() {
        if (prebuilt || rootClasses.isEmpty()) {
            return null;
        }
        synchronized (this) {
            int built = generation.get();
            ResourceModel model = ResourceClassScanner.read(new ArrayList<>(rootClasses));
            RouteTable current = RouteTableBuilder.build(model);
            if (built == generation.get()) {
                table = current;
            }
            reported = true;
            return StartupReport.of(model, current);
        }
    }

    RouteTable table() {
        RouteTable current = table;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            current = table;
            if (current == null) {
                int built = generation.get();
                long start = System.nanoTime();
                ResourceModel model = ResourceClassScanner.read(new ArrayList<>(rootClasses));
                current = RouteTableBuilder.build(model);
                if (built == generation.get()) {
                    table = current;
                }
                if (!reported) {
                    // no root class was known at deployment (CXF): report on first use, too late to refuse it
                    reported = true;
                    try {
                        StartupReport.of(model, current).log(LOG);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "rest-allow: no start-up report", e);
                    }
                }
                if (LOG.isLoggable(Level.FINE)) {
                    LOG.fine("rest-allow: route model of " + rootClasses.size() + " root resource classes built in "
                            + (System.nanoTime() - start) / 1_000 + " µs");
                }
            }
            return current;
        }
    }

    RouteLookup lookup(String requestPath) {
        return table().lookup(requestPath);
    }
}
