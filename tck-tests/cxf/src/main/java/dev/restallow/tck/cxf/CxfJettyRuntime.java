package dev.restallow.tck.cxf;

import dev.restallow.RestAllowFeature;
import dev.restallow.tck.ContractRuntime;
import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.app.WithApplicationMapper;
import dev.restallow.tck.app.WithRestAllow;
import dev.restallow.tck.app.WithoutRestAllow;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;

/**
 * Apache CXF on Jetty: each contract application turned into a {@link JAXRSServerFactoryBean} by
 * CXF itself ({@code RuntimeDelegate#createEndpoint}) and published below its
 * {@code @ApplicationPath} on one Jetty port of 127.0.0.1.
 *
 * <p>CXF does not discover {@code jakarta.ws.rs.core.Feature}s through
 * {@code META-INF/services} (ServerProviderFactory only configures Features handed to it as
 * providers), so the runner registers {@link RestAllowFeature} as a provider of every endpoint, as
 * a CXF user does; {@code WithoutRestAllow} switches it off through its properties.
 */
public final class CxfJettyRuntime implements ContractRuntime {

    private final List<Server> servers = new ArrayList<>();

    @Override
    public ContractTargets start() throws IOException {
        int port = freePort();
        return new ContractTargets(publish(new WithRestAllow(), port), publish(new WithoutRestAllow(), port),
                publish(new WithApplicationMapper(), port));
    }

    private URI publish(Application application, int port) {
        JAXRSServerFactoryBean endpoint = RuntimeDelegate.getInstance().createEndpoint(application, JAXRSServerFactoryBean.class);
        String path = application.getClass().getAnnotation(ApplicationPath.class).value();
        String address = "http://127.0.0.1:" + port + "/" + path;
        endpoint.setAddress(address);
        endpoint.setProvider(new RestAllowFeature());
        servers.add(endpoint.create());
        return URI.create(address + "/");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String description() {
        return "CXF " + ContractRuntime.artifactVersion(JAXRSServerFactoryBean.class, "org.apache.cxf", "cxf-rt-frontend-jaxrs")
                + " on Jetty " + ContractRuntime.artifactVersion(org.eclipse.jetty.server.Server.class, "org.eclipse.jetty",
                        "jetty-server");
    }

    @Override
    public void close() {
        servers.forEach(Server::destroy);
    }
}
