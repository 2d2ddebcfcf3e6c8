package dev.restallow.tck.resteasy;

import dev.restallow.tck.ContractRuntime;
import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.app.WithApplicationMapper;
import dev.restallow.tck.app.WithRestAllow;
import dev.restallow.tck.app.WithoutRestAllow;
import io.undertow.Undertow;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.core.ResteasyDeploymentImpl;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.jboss.resteasy.spi.ResteasyDeployment;

/**
 * RESTEasy standalone on Undertow: one server on a free port of 127.0.0.1, each contract
 * application deployed by its class (RESTEasy instantiates it, as WildFly does for a WAR's
 * Application subclass) as its own servlet deployment whose context root is its
 * {@code @ApplicationPath}. rest-allow is not registered: RESTEasy finds it through
 * {@code META-INF/services/jakarta.ws.rs.core.Feature} (Jakarta REST 3.1 §4.1.2).
 */
public final class ResteasyUndertowRuntime implements ContractRuntime {

    private ListeningServer server;

    @Override
    public ContractTargets start() {
        server = new ListeningServer();
        server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
        return new ContractTargets(deploy(WithRestAllow.class), deploy(WithoutRestAllow.class),
                deploy(WithApplicationMapper.class));
    }

    private URI deploy(Class<? extends Application> application) {
        String path = "/" + application.getAnnotation(ApplicationPath.class).value();
        ResteasyDeployment deployment = new ResteasyDeploymentImpl();
        deployment.setApplicationClass(application.getName());
        // context root = the @ApplicationPath, RESTEasy's servlet on /* below it
        server.deploy(server.undertowDeployment(deployment, "/")
                .setContextPath(path)
                .setDeploymentName("contract" + path)
                .setClassLoader(application.getClassLoader()));
        return URI.create("http://127.0.0.1:" + server.port() + path + "/");
    }

    @Override
    public String description() {
        return "RESTEasy " + ContractRuntime.artifactVersion(ResteasyDeploymentImpl.class, "org.jboss.resteasy", "resteasy-core")
                + " on Undertow " + ContractRuntime.artifactVersion(Undertow.class, "io.undertow", "undertow-core");
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }

    /** Exposes the port Undertow bound (the listener asks for port 0). */
    private static final class ListeningServer extends UndertowJaxrsServer {
        int port() {
            return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        }
    }
}
