package dev.restallow.tck.app;

import java.util.Set;

/** The fixed resource set the contract suite checks. */
public final class ContractResources {

    private ContractResources() {
    }

    public static Set<Class<?>> classes() {
        return Set.of(UsersResource.class, ReadOnlyResource.class, ItemsResource.class, OrgsResource.class,
                CacheResource.class, LockedResource.class, PingResource.class);
    }
}
