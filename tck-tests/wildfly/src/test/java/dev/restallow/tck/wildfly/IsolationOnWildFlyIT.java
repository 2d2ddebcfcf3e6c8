package dev.restallow.tck.wildfly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.arquillian.Loopback;
import dev.restallow.tck.arquillian.isolation.IsolatedAnswers;
import dev.restallow.tck.arquillian.isolation.IsolatedApplications;
import dev.restallow.tck.soak.ServerJvm;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two applications in one WildFly, each with its own rest-allow: each answers with its own
 * {@code Allow} (no state shared across deployments), and undeploying one leaves no class loader
 * of it behind.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IsolationOnWildFlyIT {

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = IsolatedApplications.SHOP, testable = false)
    static WebArchive shop() {
        return IsolatedApplications.shop();
    }

    @Deployment(name = IsolatedApplications.LIBRARY, testable = false, managed = false)
    static WebArchive library() {
        return IsolatedApplications.library();
    }

    @Test
    void eachApplicationHasItsOwnAllowAndUndeployingOneLeaksNothing(
            @ArquillianResource @OperateOnDeployment(IsolatedApplications.SHOP) URL shop) throws Exception {
        // the server started by the container adapter, a child of this JVM
        ServerJvm wildFly = ServerJvm.childOfThisJvm("jboss-modules.jar");
        deployer.deploy(IsolatedApplications.LIBRARY);
        URI shopApi = Loopback.of(shop).resolve("api/");
        URI libraryApi = shopApi.resolve("/" + IsolatedApplications.LIBRARY + "/api/");

        IsolatedAnswers.assertEachHasItsOwnAllow(shopApi, libraryApi);
        assertEquals(1, wildFly.loadedCopiesAfterFullGc(IsolatedApplications.LIBRARY_ONLY_CLASS));

        deployer.undeploy(IsolatedApplications.LIBRARY);

        assertEquals(0, wildFly.loadedCopiesOnceCollected(IsolatedApplications.LIBRARY_ONLY_CLASS),
                "the library's class loader is still reachable a minute after undeploy");
        IsolatedAnswers.assertShopAnswers(shopApi);
    }
}
