package dev.restallow.tck.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** The same resource set with rest-allow switched off: what the runtime answers on its own. */
@ApplicationPath("without")
public class WithoutRestAllow extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return ContractResources.classes();
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("rest-allow.enabled", "false");
    }
}
