package dev.restallow.fuzz;

import jakarta.ws.rs.core.Application;
import java.net.URI;

/**
 * A runtime the fuzzer deploys generated applications on. A runner module provides one
 * implementation through {@code META-INF/services/dev.restallow.fuzz.FuzzRuntime}. The fuzzer
 * deploys two applications per generated model (with and without rest-allow) and closes both
 * before the next model.
 */
public interface FuzzRuntime extends AutoCloseable {

    /**
     * Deploys the application on 127.0.0.1. Its resource classes may come from a class loader the
     * runtime has not seen; the runtime receives them as {@code Class} objects from
     * {@link Application#getClasses()}. rest-allow is on the class path; the application switches it
     * off through {@link Application#getProperties()} where it must not run.
     */
    Deployment deploy(Application application) throws Exception;

    /** What runs the applications (e.g. "Jersey 3.1.12 on Grizzly"). */
    default String description() {
        return getClass().getSimpleName();
    }

    /**
     * Whether the runtime matches templates against the path as Jakarta REST says: matrix
     * parameters ignored in every segment, empty segments ({@code a//b}) kept. CXF 4.2 on Jetty 12
     * does neither: it matches a segment with its matrix parameters ({@code /r1/zz;m=2} misses
     * {@code @Path("r1/{x: [a-z]+}")}, 404) and serves {@code /r0//x} as {@code /r0/x}. rest-allow's
     * model follows the specification and cannot tell the runtime from the path alone, so on such a
     * runtime the fuzzer sends neither.
     */
    default boolean matchesPathsAsSpecified() {
        return true;
    }

    /** Stops whatever the runtime keeps between deployments. */
    @Override
    default void close() throws Exception {
    }

    /**
     * One deployed application.
     *
     * @param base the application's base URI, ending in '/'
     * @param undeploy what undeploys it
     */
    record Deployment(URI base, AutoCloseable undeploy) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            undeploy.close();
        }
    }
}
