package dev.restallow.tck.glassfish;

import dev.restallow.tck.arquillian.scanned.ScannedApplicationContract;
import dev.restallow.tck.arquillian.scanned.ScannedDeployment;
import java.net.URI;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A scanned WAR's locator-only root class on embedded GlassFish 7 (Jersey 3.1), run as its own JVM. */
class ScannedApplicationOnGlassFishIT extends ScannedApplicationContract {

    @RegisterExtension
    static final EmbeddedGlassFish GLASSFISH = new EmbeddedGlassFish(ScannedDeployment.war(), "glassfish.scanned.port",
            "scanned/status");

    @Override
    protected URI deployment() {
        return GLASSFISH.deployment();
    }
}
