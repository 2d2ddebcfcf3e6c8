package dev.restallow.tck.glassfish;

import dev.restallow.tck.arquillian.ServerProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Embedded GlassFish (the runnable {@code glassfish-embedded-all} jar, system property
 * {@value #JAR_PROPERTY}) with one WAR, as its own JVM on 127.0.0.1 only, for the test class
 * that registers it: started before its tests, stopped after them. Its folder is
 * {@code target/glassfish/<context root>} (domain.xml, the WAR, the server's log, its temp files).
 */
final class EmbeddedGlassFish implements BeforeAllCallback, AfterAllCallback {

    static final String JAR_PROPERTY = "glassfish.jar";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final WebArchive war;
    private final String portProperty;
    private final String readyPath;
    private ServerProcess server;
    private URI deployment;

    /**
     * @param portProperty the system property that holds the HTTP port
     * @param readyPath a path below the context root that answers 200 once the WAR is deployed
     */
    EmbeddedGlassFish(WebArchive war, String portProperty, String readyPath) {
        this.war = war;
        this.portProperty = portProperty;
        this.readyPath = readyPath;
    }

    /** {@code http://127.0.0.1:port/<context root>/}. */
    URI deployment() {
        if (deployment == null) {
            throw new IllegalStateException("GlassFish is not started: register this as a static @RegisterExtension");
        }
        return deployment;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String contextRoot = war.getName().replaceFirst("\\.war$", "");
        int port = Integer.parseInt(required(portProperty));
        Path glassfishJar = Path.of(required(JAR_PROPERTY));
        Path directory = Path.of("target", "glassfish", contextRoot).toAbsolutePath();
        Path domain = LoopbackDomain.write(glassfishJar, directory.resolve("domain.xml"));
        Path warFile = ServerProcess.export(war, directory);
        Path temp = directory.resolve("tmp");
        Files.createDirectories(temp);

        // a WAR given as a plain argument deploys at "/": the deploy command names the context root
        server = ServerProcess.start(List.of(ServerProcess.java(), "-Xmx512m", "-Djava.io.tmpdir=" + temp,
                "-jar", glassfishJar.toString(),
                "--domainConfigFile=" + domain, "--httpPort=" + port, "--noInfo",
                "deploy --contextroot=" + contextRoot + " --name=" + contextRoot + " " + warFile), directory);
        deployment = URI.create("http://127.0.0.1:" + port + "/" + contextRoot + "/");
        server.awaitOk(deployment.resolve(readyPath), START_TIMEOUT);
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + property + " is not set (tck-tests/glassfish/pom.xml sets it)");
        }
        return value;
    }
}
