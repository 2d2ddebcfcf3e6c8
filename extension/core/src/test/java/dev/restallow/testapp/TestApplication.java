package dev.restallow.testapp;

import java.util.Set;

/** The resource classes every HTTP test deploys. */
public final class TestApplication {

    private TestApplication() {
    }

    public static Set<Class<?>> resources() {
        return Set.of(UsersResource.class, ReadOnlyResource.class, ItemsResource.class, OrgsResource.class,
                TreeResource.class, PluginsResource.class, CacheResource.class, LockedResource.class,
                PingResource.class);
    }
}
