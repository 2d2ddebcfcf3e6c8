package dev.restallow.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Set;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

/**
 * What a native build registers for reflection: the resource classes with their supertypes (their
 * methods), and the metrics APIs the application has. Native mode itself is untested here (no GraalVM
 * or Mandrel).
 */
class NativeReflectionTest {

    public interface Catalogue {
        @GET
        String list();
    }

    public abstract static class Shelf {
        @DELETE
        public void clear() {
        }
    }

    @Path("books")
    public static class Books extends Shelf implements Catalogue {
        @Override
        public String list() {
            return "";
        }

        @Path("{id}")
        public Book book() {
            return new Book();
        }
    }

    public static class Book {
        @GET
        public String get() {
            return "";
        }
    }

    /** Not reached from a root class: not registered. */
    public static class Unused {
        @GET
        public String get() {
            return "";
        }
    }

    @Test
    void theResourceClassesTheirLocatorTargetsAndEveryTypeAboveThem() throws Exception {
        Index index = Index.of(Catalogue.class, Shelf.class, Books.class, Book.class, Unused.class);

        assertEquals(List.of(Book.class.getName(), Books.class.getName(), Catalogue.class.getName(), Shelf.class.getName()),
                NativeReflection.resourceHierarchy(IndexedResourceScanner.read(index), index));
    }

    @Test
    void theMetricsApisRestAllowLooksForThatTheApplicationHas() {
        assertEquals(List.of("io.micrometer.core.instrument.Metrics", "org.eclipse.microprofile.metrics.MetricRegistry",
                "jakarta.enterprise.inject.spi.CDI"), NativeReflection.METRICS_PROBES);
        assertEquals(List.of("jakarta.enterprise.inject.spi.CDI"),
                NativeReflection.metricsProbes(Set.of("jakarta.enterprise.inject.spi.CDI")::contains));
        assertTrue(NativeReflection.onClassPath("jakarta.enterprise.inject.spi.CDI"));
        assertFalse(NativeReflection.onClassPath("io.micrometer.core.instrument.Metrics"));
    }
}
