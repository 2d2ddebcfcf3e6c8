package dev.restallow.internal.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/**
 * The 405 counter in Micrometer's global registry, which Quarkus (quarkus-micrometer) and Spring
 * Boot fill with their registries; a plain Jersey application adds its own with
 * {@code Metrics.addRegistry}. Loaded only when Micrometer is on the class path.
 */
public final class MicrometerCounter implements MethodNotAllowedCounter {

    private final MeterRegistry registry;

    public MicrometerCounter() {
        this.registry = Metrics.globalRegistry;
    }

    @Override
    public void count(String route, String method) {
        Counter.builder(NAME)
                .description(DESCRIPTION)
                .tag(ROUTE_TAG, route)
                .tag(METHOD_TAG, method)
                .register(registry)
                .increment();
    }
}
