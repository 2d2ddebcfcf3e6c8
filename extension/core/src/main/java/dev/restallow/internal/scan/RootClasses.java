package dev.restallow.internal.scan;

import dev.restallow.internal.route.ApplicationRouteTable;
import dev.restallow.internal.route.ResourceModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The root resource classes of one application, collected while it deploys from everywhere the
 * runtime shows them, and the resources only the runtime's own model has. Each change counts one
 * generation, so that a route table built from an older generation is known to be stale.
 */
public final class RootClasses implements ApplicationRouteTable.Resources {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    public static final String SERVLET_SCAN = "the servlet container's scan (ServletContainerInitializer)";
    public static final String RESTEASY_DEPLOYMENT = "RESTEasy's deployment";

    /** In the order they were reported: RESTEasy breaks ties between root templates by registration order. */
    private final Set<Class<?>> classes = new LinkedHashSet<>();
    /** Resources that no annotated class declares, read from the runtime's own model (Jersey's built in code). */
    private final List<ResourceModel> runtimeResources = new ArrayList<>();
    private final AtomicInteger generation = new AtomicInteger();

    /**
     * Adds the classes; where {@code foundBy} names a source other than the runtime's own
     * configuration, says at INFO how many root classes it added.
     */
    public void addAll(Collection<Class<?>> rootClasses, String foundBy) {
        int added = 0;
        for (Class<?> resourceClass : rootClasses) {
            if (add(resourceClass)) {
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
    public boolean add(Class<?> resourceClass) {
        if (ResourceClassScanner.rootPath(resourceClass) == null) {
            return false;
        }
        synchronized (classes) {
            if (classes.add(resourceClass)) {
                generation.incrementAndGet();
                return true;
            }
            return false;
        }
    }

    /** Adds resources read from the runtime's own model ({@link JerseyProgrammaticResources}). */
    public void addResources(ResourceModel resources) {
        if (resources.classes().isEmpty()) {
            return;
        }
        synchronized (classes) {
            runtimeResources.add(resources);
            generation.incrementAndGet();
        }
    }

    @Override
    public int generation() {
        return generation.get();
    }

    @Override
    public boolean isEmpty() {
        synchronized (classes) {
            return classes.isEmpty();
        }
    }

    @Override
    public int size() {
        synchronized (classes) {
            return classes.size();
        }
    }

    /** The model of the root classes known so far, followed by the resources read from the runtime's model. */
    @Override
    public ResourceModel model() {
        List<Class<?>> known;
        List<ResourceModel> added;
        synchronized (classes) {
            known = new ArrayList<>(classes);
            added = new ArrayList<>(runtimeResources);
        }
        ResourceModel scanned = ResourceClassScanner.read(known);
        if (added.isEmpty()) {
            return scanned;
        }
        List<ResourceModel.ResourceClass> allClasses = new ArrayList<>(scanned.classes());
        List<ResourceModel.MethodDeclaration> declarations = new ArrayList<>(scanned.declarations());
        for (ResourceModel resources : added) {
            allClasses.addAll(resources.classes());
            declarations.addAll(resources.declarations());
        }
        return new ResourceModel(allClasses, declarations);
    }
}
