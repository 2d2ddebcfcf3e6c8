package dev.restallow.tck.arquillian.scanned;

import dev.restallow.tck.arquillian.Loopback;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link ScannedApplicationContract} on an Arquillian container: the {@link ScannedDeployment} WAR,
 * deployed once. A runner module extends this with an empty {@code *IT} class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ScannedApplicationOnServer extends ScannedApplicationContract {

    @ArquillianResource
    private URL deployed;

    @Deployment(testable = false)
    public static WebArchive scannedWar() {
        return ScannedDeployment.war();
    }

    @Override
    protected URI deployment() {
        return Loopback.of(deployed);
    }
}
