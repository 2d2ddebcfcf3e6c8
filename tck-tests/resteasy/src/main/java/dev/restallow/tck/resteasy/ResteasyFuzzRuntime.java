package dev.restallow.tck.resteasy;

import dev.restallow.fuzz.FuzzRuntime;
import io.undertow.Undertow;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * RESTEasy on Undertow for the fuzzer: each generated application on its own Undertow server of
 * 127.0.0.1, as a servlet deployment with context root {@code /fuzz}. rest-allow is found through
 * the service loader, as in {@link ResteasyUndertowRuntime}.
 */
public final class ResteasyFuzzRuntime implements FuzzRuntime {

    @Override
    public Deployment deploy(Application application) {
        ListeningServer server = new ListeningServer();
        server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
        try {
            ResteasyDeployment deployment = new ResteasyDeploymentImpl();
            deployment.setApplication(application);
            server.deploy(server.undertowDeployment(deployment, "/")
                    .setContextPath("/fuzz")
                    .setDeploymentName("fuzz")
                    .setClassLoader(application.getClass().getClassLoader()));
        } catch (RuntimeException | Error e) {
            server.stop();
            throw e;
        }
        URI base = URI.create("http://127.0.0.1:" + server.port() + "/fuzz/");
        return new Deployment(base, () -> server.stop());
    }

    @Override
    public String description() {
        return new ResteasyUndertowRuntime().description();
    }

    /** Exposes the port Undertow bound (the listener asks for port 0). */
    private static final class ListeningServer extends UndertowJaxrsServer {
        int port() {
            return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        }
    }
}
