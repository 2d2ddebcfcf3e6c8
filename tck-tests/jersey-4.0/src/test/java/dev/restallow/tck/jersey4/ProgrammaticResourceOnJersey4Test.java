package dev.restallow.tck.jersey4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.ContractRuntime;
import dev.restallow.tck.Http;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resources built in code on Jersey 4.0: rest-allow reads them from Jersey's final resource model,
 * so their 405s and automatic OPTIONS carry the exact Allow (Jersey alone omits HEAD and answers
 * OPTIONS with its own list or WADL).
 */
class ProgrammaticResourceOnJersey4Test {

    private static HttpServer server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        Resource.Builder built = Resource.builder("/built");
        built.addMethod("GET").produces("text/plain").handledBy(request -> "built");
        built.addMethod("POST").handledBy(request -> Response.status(201).build());
        Resource.Builder item = built.addChildResource("items/{id}");
        item.addMethod("GET").handledBy(request -> "item");
        item.addMethod("DELETE").handledBy(request -> Response.noContent().build());

        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig().registerResources(built.build()), false);
        server.start();
        http = new Http(URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.shutdownNow();
        }
    }

    @Test
    void automaticOptionsAndTheRefusalListTheBuiltMethods() {
        Http.Reply options = http.send("OPTIONS", "built");
        Http.Reply refused = http.send("DELETE", "built");

        assertEquals(200, options.status());
        assertEquals("GET, HEAD, POST, OPTIONS", options.header("Allow"));
        assertEquals(405, refused.status());
        assertEquals("GET, HEAD, POST, OPTIONS", refused.header("Allow"));
        assertEquals("application/json", refused.contentType());
    }

    @Test
    void aChildResourceBuiltInCode() {
        assertEquals("GET, HEAD, DELETE, OPTIONS", http.send("OPTIONS", "built/items/7").header("Allow"));
        Http.Reply refused = http.send("POST", "built/items/7");
        assertEquals(405, refused.status());
        assertEquals("GET, HEAD, DELETE, OPTIONS", refused.header("Allow"));
        assertEquals("item", http.send("GET", "built/items/7").body());
    }

    @Test
    void theRuntimeIsJersey4() {
        String version = ContractRuntime.artifactVersion(ResourceConfig.class, "org.glassfish.jersey.core", "jersey-server");
        assertEquals("4.", version.substring(0, 2), version);
    }
}
