package dev.restallow.internal.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the metrics libraries the application can see: Micrometer, MicroProfile Metrics (with
 * CDI), both or neither. The counter class of a library is only loaded when its API is present,
 * so an application without either loads none of them.
 */
public final class MetricsLibraries {

    static final String MICROMETER = "io.micrometer.core.instrument.Metrics";
    static final String MICROPROFILE_METRICS = "org.eclipse.microprofile.metrics.MetricRegistry";
    static final String CDI = "jakarta.enterprise.inject.spi.CDI";
    /** Every class looked up by name here, for a native build that has to register them. */
    public static final List<String> LOOKED_UP = List.of(MICROMETER, MICROPROFILE_METRICS, CDI);

    private MetricsLibraries() {
    }

    /** The counter for the libraries {@code loader} sees; {@link MethodNotAllowedCounter#NONE} for none. */
    static MethodNotAllowedCounter counterFor(ClassLoader loader) {
        List<MethodNotAllowedCounter> counters = new ArrayList<>(2);
        if (isPresent(MICROMETER, loader)) {
            counters.add(new MicrometerCounter());
        }
        if (isPresent(MICROPROFILE_METRICS, loader) && isPresent(CDI, loader)) {
            counters.add(new MicroProfileMetricsCounter());
        }
        return switch (counters.size()) {
            case 0 -> MethodNotAllowedCounter.NONE;
            case 1 -> counters.get(0);
            default -> (route, method) -> counters.forEach(counter -> counter.count(route, method));
        };
    }

    private static boolean isPresent(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
