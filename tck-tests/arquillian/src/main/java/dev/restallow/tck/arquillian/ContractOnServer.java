package dev.restallow.tck.arquillian;

import java.net.URL;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract suite on an Arquillian container: one deployment (the {@link ContractDeployment}
 * WAR, so one server boot), then every contract test against it, each reported by name. A runner
 * module extends this with an empty {@code *IT} class; its arquillian.xml picks the server, and
 * its failsafe configuration names it ({@code restallow.tck.runtime}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ContractOnServer {

    @ArquillianResource
    protected URL deployment;

    @Deployment(testable = false)
    public static WebArchive contractWar() {
        return ContractDeployment.war();
    }

    @TestFactory
    public Stream<DynamicTest> contract() {
        return ContractSuite.run(ContractDeployment.targets(deployment)).stream();
    }
}
