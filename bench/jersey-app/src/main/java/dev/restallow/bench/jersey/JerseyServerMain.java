package dev.restallow.bench.jersey;

import dev.restallow.bench.app.BenchApplication;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The A/B application on Jersey and plain Grizzly HTTP, on 127.0.0.1 only.
 *
 * <pre>java -cp ... dev.restallow.bench.jersey.JerseyServerMain PORT [-Drest-allow.enabled=false]</pre>
 */
public final class JerseyServerMain {

    private JerseyServerMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8181;
        ResourceConfig config = ResourceConfig.forApplicationClass(BenchApplication.class);
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"), config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("READY jersey on http://127.0.0.1:" + port + "/ rest-allow.enabled="
                + System.getProperty("rest-allow.enabled", "true"));
        new CountDownLatch(1).await();
    }
}
