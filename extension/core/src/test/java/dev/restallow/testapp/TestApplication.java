package dev.restallow.testapp;

import dev.restallow.tck.app.ContractResources;
import java.util.HashSet;
import java.util.Set;

/** The resource classes every HTTP test of core deploys. */
public final class TestApplication {

    private TestApplication() {
    }

    /** The contract suite's resource set plus shapes only core checks: a self-locating and an opaque locator. */
    public static Set<Class<?>> resources() {
        Set<Class<?>> resources = new HashSet<>(ContractResources.classes());
        resources.add(TreeResource.class);
        resources.add(PluginsResource.class);
        return Set.copyOf(resources);
    }
}
