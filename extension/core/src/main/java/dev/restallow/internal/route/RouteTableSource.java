package dev.restallow.internal.route;

import dev.restallow.internal.answer.UnseenRoutes;
import dev.restallow.internal.check.StartupReport;
import dev.restallow.internal.route.runtime.RoutingRule;
import dev.restallow.internal.scan.JerseyProgrammaticResources;
import dev.restallow.internal.scan.ResourceClassCollector;
import dev.restallow.internal.scan.ResourceClassScanner;
import dev.restallow.internal.scan.ResourceModel;
import dev.restallow.internal.scan.ResteasyRootClasses;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Collects the root resource classes of one application while it deploys and hands out its
 * {@link RouteTable}, built once on first use. A root class that turns up later (a runtime that
 * reports resources lazily) leads to one rebuild; a table is never modified.
 */
public final class RouteTableSource {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    public static final String SERVLET_SCAN = "the servlet container's scan (ServletContainerInitializer)";
    public static final String RESTEASY_DEPLOYMENT = "RESTEasy's deployment";

    /** In the order they were reported: RESTEasy breaks ties between root templates by registration order. */
    private final Set<Class<?>> rootClasses = new LinkedHashSet<>();
    /** Resources that no annotated class declares, read from the runtime's own model (Jersey's built in code). */
    private final List<ResourceModel> runtimeResources = new ArrayList<>();
    private final RoutingRule rule;
    private final AtomicInteger generation = new AtomicInteger();
    /** Whether the table came ready-made from a model read ahead of time; root classes reported later are ignored. */
    private final boolean prebuilt;
    private final UnseenRoutes unseenRoutes = new UnseenRoutes();
    private volatile RouteTable table;
    /** Whether the start-up report was logged. */
    private boolean reported;

    public RouteTableSource() {
        this(RoutingRule.SPEC);
    }

    /** A source for a runtime whose resource selection deviates from §3.7.2 where templates overlap. */
    public RouteTableSource(RoutingRule rule) {
        this.prebuilt = false;
        this.rule = rule;
    }

    /** A source whose table is built now, from a model read at build time (the Quarkus extension). */
    public RouteTableSource(ResourceModel model) {
        this.prebuilt = true;
        this.rule = RoutingRule.SPEC;
        this.table = RouteTableBuilder.build(model);
    }

    /**
     * The source for the application a feature is configured for: the runtime's {@link RoutingRule},
     * and the root classes it shows the feature (its configuration's classes and instances, and
     * RESTEasy's deployment, which lists them only there). Classes that the runtime reports later
     * come through the {@link ResourceClassCollector} that the feature registers.
     */
    public static RouteTableSource of(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        RouteTableSource routes = new RouteTableSource(RoutingRule.ofRuntime(context, configuration));
        configuration.getClasses().forEach(routes::addRootClass);
        configuration.getInstances().forEach(instance -> routes.addRootClass(instance.getClass()));
        routes.addRootClasses(ResteasyRootClasses.find(), RESTEASY_DEPLOYMENT);
        return routes;
    }

    /**
     * Adds the classes; where {@code foundBy} names a source other than the runtime's own
     * configuration, says at INFO how many root classes it added.
     */
    public void addRootClasses(Collection<Class<?>> classes, String foundBy) {
        int added = 0;
        for (Class<?> resourceClass : classes) {
            if (addRootClass(resourceClass)) {
                added++;
            }
        }
        if (added > 0 && foundBy != null) {
            int count = added;
            LOG.info(() -> "rest-allow: " + count + (count == 1 ? " root resource class" : " root resource classes")
                    + " found by " + foundBy);
        }
    }

    /** Whether the class is a root resource class that was not known yet. */
    public boolean addRootClass(Class<?> resourceClass) {
        if (prebuilt || ResourceClassScanner.rootPath(resourceClass) == null) {
            return false;
        }
        synchronized (rootClasses) {
            if (rootClasses.add(resourceClass)) {
                generation.incrementAndGet();
                table = null;
                return true;
            }
            return false;
        }
    }

    /** Adds resources read from the runtime's own model ({@link JerseyProgrammaticResources}); the table is rebuilt. */
    public void addResources(ResourceModel resources) {
        if (prebuilt || resources.classes().isEmpty()) {
            return;
        }
        synchronized (rootClasses) {
            runtimeResources.add(resources);
            generation.incrementAndGet();
            table = null;
        }
    }

    /** The model of the root classes known so far, followed by the resources read from the runtime's model. */
    private ResourceModel model() {
        ResourceModel scanned = ResourceClassScanner.read(rootClasses());
        List<ResourceModel> added;
        synchronized (rootClasses) {
            added = new ArrayList<>(runtimeResources);
        }
        if (added.isEmpty()) {
            return scanned;
        }
        List<ResourceModel.ResourceClass> classes = new ArrayList<>(scanned.classes());
        List<ResourceModel.MethodDeclaration> declarations = new ArrayList<>(scanned.declarations());
        for (ResourceModel resources : added) {
            classes.addAll(resources.classes());
            declarations.addAll(resources.declarations());
        }
        return new ResourceModel(classes, declarations);
    }

    private List<Class<?>> rootClasses() {
        synchronized (rootClasses) {
            return new ArrayList<>(rootClasses);
        }
    }

    /**
     * Builds the table now, from the root classes known so far, and checks the application
     * ({@link StartupReport}); null when no root class is known yet (a runtime that shows them
     * only later: the report is then logged when the table is first built).
     */
    public StartupReport reportAtDeployment() {
        if (prebuilt || rootClasses().isEmpty()) {
            return null;
        }
        synchronized (this) {
            int built = generation.get();
            ResourceModel model = model();
            RouteTable current = RouteTableBuilder.build(model, rule);
            if (built == generation.get()) {
                table = current;
            }
            reported = true;
            return StartupReport.of(model, specTable(model, current));
        }
    }

    public RouteTable table() {
        RouteTable current = table;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            current = table;
            if (current == null) {
                int built = generation.get();
                long start = System.nanoTime();
                ResourceModel model = model();
                current = RouteTableBuilder.build(model, rule);
                if (built == generation.get()) {
                    table = current;
                }
                if (!reported) {
                    // no root class was known at deployment (CXF): report on first use, too late to refuse it
                    reported = true;
                    try {
                        StartupReport.of(model, specTable(model, current)).log(LOG);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "rest-allow: no start-up report", e);
                    }
                }
                if (LOG.isLoggable(Level.FINE)) {
                    LOG.fine("rest-allow: route model of " + rootClasses().size() + " root resource classes built in "
                            + (System.nanoTime() - start) / 1_000 + " µs");
                }
            }
            return current;
        }
    }

    /**
     * The start-up checks warn about what path-first matching (§3.7.2) makes unreachable, whatever
     * the runtime does: an application that relies on its runtime's deviation is not portable.
     */
    private RouteTable specTable(ResourceModel model, RouteTable current) {
        return rule == RoutingRule.SPEC ? current : RouteTableBuilder.build(model);
    }

    /** Whose resource selection the table reproduces: the runtime the feature was configured on. */
    public RoutingRule rule() {
        return rule;
    }

    /** Where 405s at paths that no route of this application's model matches are logged. */
    public UnseenRoutes unseenRoutes() {
        return unseenRoutes;
    }

    public RouteLookup lookup(String requestPath) {
        return table().lookup(requestPath);
    }
}
