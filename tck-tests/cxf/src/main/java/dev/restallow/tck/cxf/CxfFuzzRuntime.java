package dev.restallow.tck.cxf;

import dev.restallow.RestAllowFeature;
import dev.restallow.fuzz.FuzzRuntime;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;

/**
 * CXF on Jetty for the fuzzer: each generated application turned into an endpoint by CXF
 * ({@code RuntimeDelegate#createEndpoint}) at {@code /fuzz} on its own Jetty port of 127.0.0.1,
 * with {@link RestAllowFeature} registered by hand as in {@link CxfJettyRuntime} (the application
 * without rest-allow switches it off through its properties).
 */
public final class CxfFuzzRuntime implements FuzzRuntime {

    @Override
    public Deployment deploy(Application application) throws IOException {
        JAXRSServerFactoryBean endpoint = RuntimeDelegate.getInstance().createEndpoint(application, JAXRSServerFactoryBean.class);
        String address = "http://127.0.0.1:" + freePort() + "/fuzz";
        endpoint.setAddress(address);
        endpoint.setProvider(new RestAllowFeature());
        Server server = endpoint.create();
        URI base = URI.create(address + "/");
        return new Deployment(base, () -> server.destroy());
    }

    /** CXF matches segments with their matrix parameters and collapses empty segments. */
    @Override
    public boolean matchesPathsAsSpecified() {
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String description() {
        return new CxfJettyRuntime().description();
    }
}
