package dev.restallow.tck.glassfish;

import dev.restallow.tck.arquillian.ContractDeployment;
import dev.restallow.tck.arquillian.ContractSuite;
import java.net.MalformedURLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract suite on embedded GlassFish 7 (Jersey 3.1): one WAR, one GlassFish JVM, every
 * contract test. GlassFish runs as its own process, so its Jersey never meets the test's Jersey
 * client.
 */
class ContractOnGlassFishIT {

    @RegisterExtension
    static final EmbeddedGlassFish GLASSFISH = new EmbeddedGlassFish(ContractDeployment.war(), "glassfish.contract.port",
            "with/ping");

    @TestFactory
    Stream<DynamicTest> contract() throws MalformedURLException {
        return ContractSuite.run(ContractDeployment.targets(GLASSFISH.deployment().toURL())).stream();
    }
}
