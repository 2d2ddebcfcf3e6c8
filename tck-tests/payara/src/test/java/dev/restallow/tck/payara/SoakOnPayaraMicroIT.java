package dev.restallow.tck.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.arquillian.ContractDeployment;
import dev.restallow.tck.soak.Soak;
import dev.restallow.tck.soak.ServerJvm;
import dev.restallow.tck.soak.SoakReport;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payara Micro with the contract WAR under mixed traffic: every answer has the contract's status
 * and exact {@code Allow}, and Payara's heap after a full GC does not grow.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SoakOnPayaraMicroIT {

    /** Payara's HTTP listener keeps closed connections' records until this idle timeout sweeps them (30 s, plus margin). */
    private static final Duration GRIZZLY_IDLE_TIMEOUT = Duration.ofSeconds(40);

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive contractWar() {
        return ContractDeployment.war();
    }

    @Test
    void mixedTrafficKeepsExactAnswersAndAFlatHeap() throws Exception {
        // the connector starts Payara Micro as a child process of this JVM
        SoakReport report = Soak.run(ContractDeployment.targets(deployment).withRestAllow(),
                ServerJvm.childOfThisJvm("payara-micro").heap(GRIZZLY_IDLE_TIMEOUT), Path.of("target", "soak"));
        System.out.println("rest-allow soak on Payara Micro: " + report);

        assertEquals(List.of(), report.brokenGuarantees(), report.toString());
    }
}
