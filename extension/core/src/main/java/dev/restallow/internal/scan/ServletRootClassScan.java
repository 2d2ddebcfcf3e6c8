package dev.restallow.internal.scan;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.Path;
import java.util.Set;

/**
 * The portable way to learn every root resource class of a WAR: the servlet container hands a
 * {@code ServletContainerInitializer} the classes annotated with {@code @Path} (Servlet 6.0 §8.2.4).
 * Named in {@code META-INF/services/jakarta.servlet.ServletContainerInitializer} of the rest-allow-servlet
 * jar, not of this one: a servlet container loads every initializer a WAR's jars name, and where the
 * server does not show {@code jakarta.servlet} to applications (Open Liberty with restfulWS-3.1 alone)
 * the WAR would not start. Jakarta REST
 * servers that scan a WAR show rest-allow only the classes with resource methods; the classes kept
 * here complete an application that lists none itself ({@link ApplicationRootClasses}). Public only
 * because the servlet container instantiates it.
 */
@HandlesTypes(Path.class)
public final class ServletRootClassScan implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> annotated, ServletContext context) {
        ClassLoader webApplication = context.getClassLoader();
        ScannedRootClasses.record(webApplication, annotated == null ? Set.of() : annotated);
        context.addListener(new Undeployed(webApplication));
    }

    /** Forgets the web application's classes when it is undeployed, so that its class loader can go. */
    private record Undeployed(ClassLoader webApplication) implements ServletContextListener {

        @Override
        public void contextDestroyed(ServletContextEvent event) {
            ScannedRootClasses.forget(webApplication);
        }
    }
}
