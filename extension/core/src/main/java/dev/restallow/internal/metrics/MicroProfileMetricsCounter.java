package dev.restallow.internal.metrics;

import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The 405 counter in the application's MicroProfile Metrics registry (Payara: {@code /metrics},
 * application scope), found through CDI at the first 405 ({@link ApplicationMetricRegistry}): so
 * only in an application with CDI (a {@code beans.xml} or any CDI bean). Loaded only when the MicroProfile
 * Metrics API is visible to the application.
 */
final class MicroProfileMetricsCounter implements MethodNotAllowedCounter {

    private static final Logger LOG = Logger.getLogger("dev.restallow");

    private static final Metadata METADATA = Metadata.builder()
            .withName(NAME)
            .withDescription(DESCRIPTION)
            .build();

    private volatile MetricRegistry registry;
    private volatile boolean unavailable;

    @Override
    public void count(String route, String method) {
        MetricRegistry metrics = registry();
        if (metrics != null) {
            metrics.counter(METADATA, new Tag(ROUTE_TAG, route), new Tag(METHOD_TAG, method)).inc();
        }
    }

    private MetricRegistry registry() {
        MetricRegistry known = registry;
        if (known != null || unavailable) {
            return known;
        }
        try {
            known = ApplicationMetricRegistry.lookup();
            registry = known;
            return known;
        } catch (RuntimeException | LinkageError noRegistry) {
            // the API without an implementation, or an application without CDI: nothing to count in
            unavailable = true;
            LOG.fine(() -> "rest-allow: no MicroProfile Metrics registry (" + noRegistry + "), 405s are not counted there");
            return null;
        }
    }
}
