package dev.restallow;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the route model, once, before the first request is looked up, the root resource classes
 * that neither {@code Configuration#getClasses()} at deployment nor the DynamicFeature show. RESTEasy
 * does not list resource classes in the feature's configuration and never shows a DynamicFeature
 * a sub-resource locator (ResteasyDeploymentImpl#registerResources puts them into the Registry,
 * not the provider factory), so a root class that has only locators would be missing. They come
 * from the application ({@code getClasses()}, {@code getSingletons()}) and, where the runtime
 * scanned them, from the runtime's own list ({@link ResteasyRootClasses}).
 */
@PreMatching
final class ApplicationRootClasses implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private final RouteTableSource routes;
    private volatile boolean added;

    @Context
    private Application application;

    ApplicationRootClasses(RouteTableSource routes) {
        this.routes = routes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!added) {
            addOnce();
        }
    }

    private synchronized void addOnce() {
        if (added) {
            return;
        }
        try {
            if (application != null) {
                classes(application.getClasses());
                Set<Object> singletons = application.getSingletons();
                if (singletons != null) {
                    singletons.forEach(singleton -> routes.addRootClass(singleton.getClass()));
                }
            }
        } catch (RuntimeException notInjectable) {
            // a runtime without @Context Application for providers: the DynamicFeature's classes remain
            LOG.log(Level.FINE, "rest-allow: the Application is not available to providers", notInjectable);
        }
        classes(ResteasyRootClasses.find());
        added = true;
    }

    private void classes(Set<Class<?>> classes) {
        if (classes != null) {
            classes.forEach(routes::addRootClass);
        }
    }
}
