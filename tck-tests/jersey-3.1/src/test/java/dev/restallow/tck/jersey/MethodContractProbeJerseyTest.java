package dev.restallow.tck.jersey;

import dev.restallow.tck.app.ContractResources;
import dev.restallow.tck.probe.MethodContractProbe;
import jakarta.ws.rs.core.Application;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;

/**
 * The probe as an application's JerseyTest calls it: the resources on Jersey's Grizzly test
 * container (real HTTP; rest-allow found through the service loader), probed at {@link #getBaseUri()}.
 */
class MethodContractProbeJerseyTest extends JerseyTest {

    @Override
    protected Application configure() {
        forceSet(TestProperties.CONTAINER_PORT, "0");
        return new ResourceConfig(ContractResources.classes());
    }

    @Test
    void everyRouteKeepsTheMethodContract() {
        MethodContractProbe.forResources(getBaseUri(), ContractResources.classes())
                // LockedResource declares PUT and throws NotAllowedException("GET") from it
                .withRefusalByResource("locked", "PUT")
                .assertContract();
    }
}
