package dev.restallow.tck;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * A runtime that runs the contract: it deploys {@link dev.restallow.tck.app.WithRestAllow},
 * {@link dev.restallow.tck.app.WithoutRestAllow} and {@link dev.restallow.tck.app.WithApplicationMapper}
 * on 127.0.0.1 and says where each answers. A runner module provides one implementation through
 * {@code META-INF/services/dev.restallow.tck.ContractRuntime}.
 */
public interface ContractRuntime extends AutoCloseable {

    /** Starts the runtime with the three applications deployed. */
    ContractTargets start() throws Exception;

    /** What runs the applications, with versions, for reports (e.g. "Jersey 3.1.12 on Grizzly 4.0.2"). */
    default String description() {
        return getClass().getSimpleName();
    }

    /**
     * The version of a Maven artifact as its jar records it ({@code META-INF/maven/.../pom.properties}),
     * looked up through the class loader of one of its classes; "?" when the jar does not say.
     */
    static String artifactVersion(Class<?> anyClassOfTheArtifact, String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = anyClassOfTheArtifact.getResourceAsStream(resource)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "?");
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String manifest = anyClassOfTheArtifact.getPackage() == null ? null
                : anyClassOfTheArtifact.getPackage().getImplementationVersion();
        return manifest == null ? "?" : manifest;
    }

    /** Stops the runtime. */
    @Override
    void close() throws Exception;
}
