package dev.restallow.tck.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The resource set with rest-allow active (found through the service loader, no registration). */
@ApplicationPath("with")
public class WithRestAllow extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ContractResources.classes();
    }
}
