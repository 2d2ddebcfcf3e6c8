package dev.restallow.internal.scan;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * RESTEasy only, by reflection (no compile dependency): the resource classes RESTEasy deployed,
 * including those it scanned (WildFly with an empty {@code Application}), which the application's
 * {@code getClasses()} does not list. Read from the {@code ResteasyDeployment} that RESTEasy puts into
 * every request's context data (ResteasyDeploymentImpl#start: {@code getDefaultContextObjects().put(
 * ResteasyDeployment.class, this)}). Elsewhere it finds nothing.
 */
public final class ResteasyRootClasses {

    private static final Logger LOG = Logger.getLogger("dev.restallow");
    private static final String CONTEXT = "org.jboss.resteasy.core.ResteasyContext";
    private static final String DEPLOYMENT = "org.jboss.resteasy.spi.ResteasyDeployment";

    private ResteasyRootClasses() {
    }

    /** Must run on a request thread of RESTEasy; the empty set anywhere else. */
    public static Set<Class<?>> find() {
        Object deployment = deployment();
        if (deployment == null) {
            return Set.of();
        }
        Set<Class<?>> classes = new LinkedHashSet<>(); // in RESTEasy's registration order
        try {
            for (Object type : list(deployment, "getActualResourceClasses")) {
                if (type instanceof Class<?> resourceClass) {
                    classes.add(resourceClass);
                }
            }
            for (Object instance : list(deployment, "getResources")) {
                if (instance != null) {
                    classes.add(instance.getClass());
                }
            }
            ClassLoader applicationLoader = Thread.currentThread().getContextClassLoader();
            for (String listed : new String[] {"getScannedResourceClasses", "getResourceClasses"}) {
                for (Object name : list(deployment, listed)) {
                    Class<?> resourceClass = name == null ? null : load(name.toString().trim(), applicationLoader);
                    if (resourceClass != null) {
                        classes.add(resourceClass);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "rest-allow: could not read RESTEasy's resource classes", e);
        }
        return classes;
    }

    /**
     * The {@code ResteasyDeployment} of the application being deployed or served on this thread, or
     * null anywhere else (no RESTEasy, or not on one of its threads).
     */
    static Object deployment() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> contextType = load(CONTEXT, loader);
        if (contextType == null) {
            loader = ResteasyRootClasses.class.getClassLoader();
            contextType = load(CONTEXT, loader);
        }
        if (contextType == null) {
            return null;
        }
        try {
            Class<?> deploymentType = Class.forName(DEPLOYMENT, false, contextType.getClassLoader());
            return contextType.getMethod("getContextData", Class.class).invoke(null, deploymentType);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "rest-allow: could not read RESTEasy's deployment", e);
            return null;
        }
    }

    private static Collection<?> list(Object deployment, String getter) throws ReflectiveOperationException {
        Method method = deployment.getClass().getMethod(getter);
        Object value = method.invoke(deployment);
        return value instanceof Collection<?> collection ? collection : Set.of();
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
