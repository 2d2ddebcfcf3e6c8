package dev.restallow.internal.scan;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Learns the application's root resource classes from the runtime: every runtime shows a
 * DynamicFeature at least its root resource methods at deployment. Sub-resources are walked from
 * the locators' return types instead, because runtimes show them lazily or never.
 */
public final class ResourceClassCollector implements DynamicFeature {

    private final RootClasses rootClasses;

    public ResourceClassCollector(RootClasses rootClasses) {
        this.rootClasses = rootClasses;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Class<?> resourceClass = resourceInfo.getResourceClass();
        if (resourceClass != null) {
            rootClasses.add(resourceClass);
        }
    }
}
