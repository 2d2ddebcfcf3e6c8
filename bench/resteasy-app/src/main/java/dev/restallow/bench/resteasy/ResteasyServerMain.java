package dev.restallow.bench.resteasy;

import dev.restallow.bench.app.BenchApplication;
import io.undertow.Undertow;
import java.util.concurrent.CountDownLatch;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/**
 * The A/B application on RESTEasy standalone with Undertow, on 127.0.0.1 only.
 *
 * <pre>java -cp ... dev.restallow.bench.resteasy.ResteasyServerMain PORT [-Drest-allow.enabled=false]</pre>
 */
public final class ResteasyServerMain {

    private ResteasyServerMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8282;
        UndertowJaxrsServer server = new UndertowJaxrsServer();
        server.start(Undertow.builder().addHttpListener(port, "127.0.0.1"));
        server.deploy(BenchApplication.class);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        System.out.println("READY resteasy on http://127.0.0.1:" + port + "/ rest-allow.enabled="
                + System.getProperty("rest-allow.enabled", "true"));
        new CountDownLatch(1).await();
    }
}
