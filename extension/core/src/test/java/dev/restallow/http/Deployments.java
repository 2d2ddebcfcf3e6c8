package dev.restallow.http;

import dev.restallow.testapp.TestApplication;
import dev.restallow.testapp.TreeResource;
import java.util.HashSet;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;

/** The test application, with rest-allow found through the service loader as a user gets it. */
public final class Deployments {

    private Deployments() {
    }

    /** The test resources; rest-allow is active through META-INF/services, with no registration. */
    public static ResourceConfig withRestAllow(Object... properties) {
        ResourceConfig config = new ResourceConfig(TestApplication.resources());
        for (int i = 0; i < properties.length; i += 2) {
            config.property((String) properties[i], properties[i + 1]);
        }
        return config;
    }

    /** The test resources except the self-locating one, which Jersey's WADL generation cannot handle. */
    public static Set<Class<?>> nonRecursiveResources() {
        Set<Class<?>> resources = new HashSet<>(TestApplication.resources());
        resources.remove(TreeResource.class);
        return resources;
    }

    /** The same resources as the runtime answers them without rest-allow. */
    public static ResourceConfig withoutRestAllow() {
        return withRestAllow("rest-allow.enabled", "false");
    }
}
