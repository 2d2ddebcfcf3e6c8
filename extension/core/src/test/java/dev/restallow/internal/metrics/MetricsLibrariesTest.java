package dev.restallow.internal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.restallow.internal.route.ApplicationRouteTable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The 405 counter uses the metrics libraries the application sees, and loads nothing of them when it sees none. */
class MetricsLibrariesTest {

    @Test
    void withoutEitherLibraryNoCounterClassIsLoaded() throws Exception {
        try (CoreWithout loader = new CoreWithout(List.of("io.micrometer.", "org.eclipse.microprofile.", "jakarta.enterprise."))) {
            Object counter = counterFor(loader);

            assertSame(none(loader), counter);
            assertFalse(loader.loaded.contains(MicrometerCounter.class.getName()), loader.loaded.toString());
            assertFalse(loader.loaded.contains(MicroProfileMetricsCounter.class.getName()), loader.loaded.toString());
        }
    }

    @Test
    void micrometerAloneGivesTheMicrometerCounter() throws Exception {
        try (CoreWithout loader = new CoreWithout(List.of("org.eclipse.microprofile."))) {
            Object counter = counterFor(loader);

            assertEquals(MicrometerCounter.class.getName(), counter.getClass().getName());
            assertFalse(loader.loaded.contains(MicroProfileMetricsCounter.class.getName()), loader.loaded.toString());
        }
    }

    @Test
    void microProfileMetricsNeedsCdiToo() throws Exception {
        try (CoreWithout loader = new CoreWithout(List.of("io.micrometer.", "jakarta.enterprise."))) {
            Object counter = counterFor(loader);

            assertSame(none(loader), counter);
        }
    }

    @Test
    void bothLibrariesCountInBoth() {
        MethodNotAllowedCounter counter = MetricsLibraries.counterFor(getClass().getClassLoader());

        assertFalse(counter instanceof MicrometerCounter || counter instanceof MicroProfileMetricsCounter);
        assertFalse(counter == MethodNotAllowedCounter.NONE);
    }

    @Test
    void switchedOffNoLibraryIsLookedFor() {
        NotAllowedMetric metric = NotAllowedMetric.of(ApplicationRouteTable.empty(), false);

        assertInstanceOf(NotAllowedMetric.class, metric);
        assertSame(MethodNotAllowedCounter.NONE, counterOf(metric));
    }

    private static Object counterFor(ClassLoader loader) throws Exception {
        Method counterFor = loader.loadClass(MetricsLibraries.class.getName())
                .getDeclaredMethod("counterFor", ClassLoader.class);
        counterFor.setAccessible(true);
        return counterFor.invoke(null, loader);
    }

    /** {@link MethodNotAllowedCounter#NONE} as the given loader has it. */
    private static Object none(ClassLoader loader) throws Exception {
        Field none = loader.loadClass(MethodNotAllowedCounter.class.getName()).getField("NONE");
        none.setAccessible(true);
        return none.get(null);
    }

    private static Object counterOf(NotAllowedMetric metric) {
        try {
            Field counter = NotAllowedMetric.class.getDeclaredField("counter");
            counter.setAccessible(true);
            return counter.get(metric);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Loads rest-allow's core classes itself (child first), hides the packages given as from an
     * application that lacks them, and records which core classes were loaded.
     */
    private static final class CoreWithout extends URLClassLoader {

        private final List<String> hidden;
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        CoreWithout(List<String> hidden) {
            super(new URL[] {MetricsLibraries.class.getProtectionDomain().getCodeSource().getLocation()},
                    MetricsLibrariesTest.class.getClassLoader());
            this.hidden = hidden;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (hidden.stream().anyMatch(name::startsWith)) {
                throw new ClassNotFoundException(name);
            }
            if (!name.startsWith("dev.restallow.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    type = findClass(name);
                    loaded.add(name);
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }
    }
}
