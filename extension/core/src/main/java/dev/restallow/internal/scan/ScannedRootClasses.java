package dev.restallow.internal.scan;

import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The root resource classes a servlet container found in each web application
 * ({@link ServletRootClassScan}), by the web application's class loader. Touches no servlet type, so
 * it loads where there is no servlet container.
 */
final class ScannedRootClasses {

    private static final Map<ClassLoader, Set<Class<?>>> BY_WEB_APPLICATION = new ConcurrentHashMap<>();

    private ScannedRootClasses() {
    }

    static void record(ClassLoader webApplication, Set<Class<?>> annotated) {
        Set<Class<?>> roots = new LinkedHashSet<>();
        for (Class<?> type : annotated) {
            if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                    && ResourceClassScanner.rootPath(type) != null) {
                roots.add(type);
            }
        }
        if (webApplication != null) {
            BY_WEB_APPLICATION.put(webApplication, Set.copyOf(roots));
        }
    }

    static void forget(ClassLoader webApplication) {
        BY_WEB_APPLICATION.remove(webApplication);
    }

    /**
     * The classes the servlet container found in the web application of {@code application} (a class
     * that its class loader or the request thread's loads), or empty where no servlet container
     * reported any: no servlet container, or initializers switched off.
     */
    static Optional<Set<Class<?>>> of(Class<?> application) {
        for (ClassLoader loader : new ClassLoader[] {application.getClassLoader(),
                Thread.currentThread().getContextClassLoader(), ScannedRootClasses.class.getClassLoader()}) {
            for (ClassLoader candidate = loader; candidate != null; candidate = candidate.getParent()) {
                Set<Class<?>> found = BY_WEB_APPLICATION.get(candidate);
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        // rest-allow-core in WEB-INF/lib: only its own web application can have reported
        if (BY_WEB_APPLICATION.size() == 1) {
            return BY_WEB_APPLICATION.values().stream().findFirst();
        }
        return Optional.empty();
    }
}
