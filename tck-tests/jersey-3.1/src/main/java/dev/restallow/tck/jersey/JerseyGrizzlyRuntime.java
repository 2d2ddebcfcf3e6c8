package dev.restallow.tck.jersey;

import dev.restallow.tck.ContractRuntime;
import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.app.WithApplicationMapper;
import dev.restallow.tck.app.WithRestAllow;
import dev.restallow.tck.app.WithoutRestAllow;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** Jersey on Grizzly: each contract application on its own port of 127.0.0.1. */
public final class JerseyGrizzlyRuntime implements ContractRuntime {

    private final List<HttpServer> servers = new ArrayList<>();

    @Override
    public ContractTargets start() throws Exception {
        return new ContractTargets(serve(new WithRestAllow()), serve(new WithoutRestAllow()), serve(new WithApplicationMapper()));
    }

    private URI serve(Application application) throws Exception {
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                ResourceConfig.forApplication(application), false);
        server.start();
        servers.add(server);
        // Jersey's Grizzly container serves the application below its @ApplicationPath
        String path = application.getClass().getAnnotation(ApplicationPath.class).value();
        return URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/" + path + "/");
    }

    @Override
    public String description() {
        return "Jersey " + ContractRuntime.artifactVersion(ResourceConfig.class, "org.glassfish.jersey.core", "jersey-server")
                + " on Grizzly " + ContractRuntime.artifactVersion(HttpServer.class, "org.glassfish.grizzly", "grizzly-http-server");
    }

    @Override
    public void close() {
        servers.forEach(HttpServer::shutdownNow);
    }
}
