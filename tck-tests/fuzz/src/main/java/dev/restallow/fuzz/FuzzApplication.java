package dev.restallow.fuzz;

import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** The root classes of one generated model, with rest-allow on or switched off by its configuration key. */
public final class FuzzApplication extends Application {

    private final Set<Class<?>> rootClasses;
    private final boolean restAllow;

    FuzzApplication(Set<Class<?>> rootClasses, boolean restAllow) {
        this.rootClasses = Set.copyOf(rootClasses);
        this.restAllow = restAllow;
    }

    @Override
    public Set<Class<?>> getClasses() {
        return rootClasses;
    }

    @Override
    public Map<String, Object> getProperties() {
        return restAllow ? Map.of() : Map.of("rest-allow.enabled", "false");
    }

    /** Whether rest-allow runs in this application. */
    public boolean restAllow() {
        return restAllow;
    }
}
