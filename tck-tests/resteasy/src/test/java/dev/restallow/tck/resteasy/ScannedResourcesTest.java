package dev.restallow.tck.resteasy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.Http;
import dev.restallow.tck.app.ContractResources;
import io.undertow.Undertow;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The resource classes come from RESTEasy's scanning, as in WildFly with an empty Application
 * subclass, not from {@code getClasses()}. {@code OrgsResource} has only a locator, which no
 * DynamicFeature of RESTEasy ever sees, so rest-allow can know it only from RESTEasy's deployment.
 */
class ScannedResourcesTest {

    /** An application that lists nothing: WildFly scans the WAR for it. */
    public static class ScannedApplication extends Application {
    }

    private static Server server;
    private static Http http;

    @BeforeAll
    static void deploy() {
        server = new Server();
        server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.setApplicationClass(ScannedApplication.class.getName());
        ContractResources.classes().forEach(type -> deployment.getScannedResourceClasses().add(type.getName()));
        server.deploy(server.undertowDeployment(deployment, "/")
                .setContextPath("/scanned")
                .setDeploymentName("scanned")
                .setClassLoader(ScannedResourcesTest.class.getClassLoader()));
        http = new Http(URI.create("http://127.0.0.1:" + server.port() + "/scanned/"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aLocatorOnlyRootClassIsInTheModel() {
        assertEquals("GET, HEAD, OPTIONS", http.send("OPTIONS", "orgs/acme").header("Allow"));
        assertEquals("GET, HEAD, POST, OPTIONS", http.send("OPTIONS", "orgs/acme/members").header("Allow"));
        Http.Reply reply = http.send("DELETE", "orgs/acme/members");
        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
    }

    private static final class Server extends UndertowJaxrsServer {
        int port() {
            return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        }
    }
}
