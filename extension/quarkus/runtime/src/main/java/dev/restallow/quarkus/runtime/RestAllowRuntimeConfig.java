package dev.restallow.quarkus.runtime;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * rest-allow's configuration: the keys of {@code rest-allow-core} ({@code rest-allow.*}) under
 * {@code quarkus.rest-allow}, with the same values and meanings. Read at start-up, so a change
 * needs no rebuild.
 */
@ConfigMapping(prefix = "quarkus.rest-allow")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface RestAllowRuntimeConfig {

    /**
     * Whether rest-allow answers at all. With {@code false}, every request gets what the REST
     * runtime alone would send.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * The body of 405 and 501 answers. A client whose {@code Accept} strictly prefers the other JSON
     * type gets that one; {@code none} keeps the spec's empty 405.
     */
    @WithDefault("json")
    Body body();

    /**
     * Who answers automatic {@code OPTIONS} requests: the route model (200, the exact {@code Allow},
     * no body) or the REST runtime.
     */
    @WithDefault("model")
    Options options();

    /**
     * The status for a method that no resource of the application implements: {@code 501} (RFC
     * 9110 §9.1) or {@code 405}.
     */
    @WithDefault("501")
    int unknownMethod();

    /**
     * Whether every 405 is counted as {@code restallow.method.not.allowed}, tagged {@code route}
     * (the route template, never the request path) and {@code method}, in Micrometer
     * ({@code quarkus-micrometer}) and MicroProfile Metrics where the application has them.
     */
    @WithDefault("true")
    boolean metrics();

    /** The body of 405 and 501 answers. */
    enum Body {
        /** {@code application/json}: {@code {"error", "message", "allowed_methods"}}. */
        JSON,
        /** RFC 9457 {@code application/problem+json} with an {@code allowed_methods} member. */
        PROBLEM,
        /** No body. */
        NONE
    }

    /** Who answers automatic OPTIONS requests. */
    enum Options {
        /** rest-allow, from its route model. */
        MODEL,
        /** The REST runtime. */
        RUNTIME
    }
}
