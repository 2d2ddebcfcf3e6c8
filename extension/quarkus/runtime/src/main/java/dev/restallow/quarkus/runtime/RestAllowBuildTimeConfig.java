package dev.restallow.quarkus.runtime;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * rest-allow's build-time configuration, under {@code quarkus.rest-allow} beside
 * {@link RestAllowRuntimeConfig}: the start-up checks run when the application is built.
 */
@ConfigMapping(prefix = "quarkus.rest-allow")
@ConfigRoot(phase = ConfigPhase.BUILD_TIME)
public interface RestAllowBuildTimeConfig {

    /**
     * Whether a warning of the start-up checks (a method that path-first matching hides, ambiguous
     * methods, a path without methods, an entity parameter on GET, HEAD or DELETE, {@code @HEAD}
     * without {@code @GET}, a locator cycle) fails the build instead of being logged.
     */
    @WithDefault("false")
    boolean strict();
}
