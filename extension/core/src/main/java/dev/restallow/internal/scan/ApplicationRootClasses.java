package dev.restallow.internal.scan;

import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the route model, once, before the first request is looked up, the root resource classes
 * that neither {@code Configuration#getClasses()} at deployment nor the DynamicFeature show. RESTEasy
 * does not list resource classes in the feature's configuration and never shows a DynamicFeature
 * a sub-resource locator (ResteasyDeploymentImpl#registerResources puts them into the Registry,
 * not the provider factory), so a root class that has only locators would be missing. They come
 * from the application ({@code getClasses()}, {@code getSingletons()}); for an application that lists
 * none, so that the runtime scans for them (Jakarta REST 3.1 §2.3.2), from the servlet container's
 * scan ({@link ServletRootClassScan}) and, as a fallback, the runtime's own list
 * ({@link ResteasyRootClasses}, which Open Liberty hides from applications).
 */
@PreMatching
public final class ApplicationRootClasses extends BeforeFirstRequest {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private final RootClasses rootClasses;
    /** Where RESTEasy scans for the resource classes, it is the one to show them ({@link ResteasyRootClasses}). */
    private final boolean onResteasy;

    @Context
    private Application application;

    /** The application is injected by the runtime ({@code @Context}). */
    public ApplicationRootClasses(RootClasses rootClasses, boolean onResteasy) {
        this(rootClasses, onResteasy, null);
    }

    ApplicationRootClasses(RootClasses rootClasses, boolean onResteasy, Application application) {
        this.rootClasses = rootClasses;
        this.onResteasy = onResteasy;
        this.application = application;
    }

    @Override
    void beforeFirstRequest() {
        boolean scanned = false;
        try {
            if (application != null) {
                Set<Class<?>> listed = application.getClasses();
                Set<Object> singletons = application.getSingletons();
                scanned = isEmpty(listed) && isEmpty(singletons);
                if (listed != null) {
                    rootClasses.addAll(listed, null);
                }
                if (singletons != null) {
                    singletons.forEach(singleton -> rootClasses.add(singleton.getClass()));
                }
            }
        } catch (RuntimeException notInjectable) {
            // a runtime without @Context Application for providers: the DynamicFeature's classes remain
            LOG.log(Level.FINE, "rest-allow: the Application is not available to providers", notInjectable);
        }
        Optional<Set<Class<?>>> servletScan = scanned
                ? ScannedRootClasses.of(application.getClass())
                : Optional.empty();
        servletScan.ifPresent(classes -> rootClasses.addAll(classes, RootClasses.SERVLET_SCAN));
        Set<Class<?>> resteasy = ResteasyRootClasses.find();
        rootClasses.addAll(resteasy, RootClasses.RESTEASY_DEPLOYMENT);
        if (scanned && servletScan.isEmpty() && resteasy.isEmpty()
                && onResteasy) {
            LOG.warning("rest-allow: the runtime scanned for this application's resource classes, and neither a servlet"
                    + " container nor RESTEasy showed them to rest-allow: a root resource class with only sub-resource"
                    + " locators is missing from the route model, and below it the runtime's own 405 and OPTIONS"
                    + " answers stay. List the resource classes in Application#getClasses() to include them.");
        }
    }

    private static boolean isEmpty(Set<?> set) {
        return set == null || set.isEmpty();
    }
}
