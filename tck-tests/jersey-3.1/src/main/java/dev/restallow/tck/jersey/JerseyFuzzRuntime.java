package dev.restallow.tck.jersey;

import dev.restallow.fuzz.FuzzRuntime;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey on Grizzly for the fuzzer: each generated application on its own port of 127.0.0.1, at "/". */
public final class JerseyFuzzRuntime implements FuzzRuntime {

    @Override
    public Deployment deploy(Application application) throws Exception {
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                ResourceConfig.forApplication(application), false);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
        return new Deployment(base, () -> server.shutdownNow());
    }

    @Override
    public String description() {
        return new JerseyGrizzlyRuntime().description();
    }
}
