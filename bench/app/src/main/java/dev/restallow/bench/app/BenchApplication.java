package dev.restallow.bench.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The A/B application: a few resources, nothing that refers to rest-allow. With rest-allow on
 * the class path it is active through {@code META-INF/services}; the "without" runs start the
 * same application with {@code -Drest-allow.enabled=false}.
 */
@ApplicationPath("/")
public class BenchApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(BooksResource.class, AuthorsResource.class, PingResource.class, AllocationResource.class);
    }
}
