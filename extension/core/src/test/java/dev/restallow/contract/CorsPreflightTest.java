package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyApp;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A CORS preflight (Origin + Access-Control-Request-Method) gets exactly the answer it gets without rest-allow. */
class CorsPreflightTest {

    /** A typical application CORS filter. */
    public static class CorsFilter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getHeaderString("Origin") != null) {
                response.getHeaders().putSingle("Access-Control-Allow-Origin", request.getHeaderString("Origin"));
                response.getHeaders().putSingle("Access-Control-Allow-Methods", "GET, POST, DELETE");
            }
        }
    }

    // without the recursive TreeResource: Jersey's own OPTIONS builds WADL for the whole
    // application and overflows the stack on a self-locating resource
    @RegisterExtension
    static final JerseyApp WITH = JerseyApp.of(() -> new ResourceConfig(Deployments.nonRecursiveResources())
            .register(CorsFilter.class));
    @RegisterExtension
    static final JerseyApp WITHOUT = JerseyApp.of(() -> new ResourceConfig(Deployments.nonRecursiveResources())
            .property("rest-allow.enabled", false).register(CorsFilter.class));

    @Test
    void preflightIsUntouched() {
        for (String path : new String[] {"users", "users/1", "items/special", "orgs/acme/members", "nowhere"}) {
            String[] preflight = {"Origin", "http://127.0.0.1:1", "Access-Control-Request-Method", "DELETE"};
            Http.Reply expected = WITHOUT.http().send("OPTIONS", path, preflight);
            Http.Reply actual = WITH.http().send("OPTIONS", path, preflight);

            assertEquals(expected.status(), actual.status(), path);
            assertEquals(expected.header("Allow"), actual.header("Allow"), path);
            assertEquals(expected.contentType(), actual.contentType(), path);
            assertEquals(expected.header("Access-Control-Allow-Origin"), actual.header("Access-Control-Allow-Origin"), path);
            assertEquals(expected.header("Access-Control-Allow-Methods"), actual.header("Access-Control-Allow-Methods"), path);
            // Jersey's WADL names the server's own base URI
            assertEquals(expected.body().replace(WITHOUT.base().toString(), "/"),
                    actual.body().replace(WITH.base().toString(), "/"), path);
        }
    }

    @Test
    void theApplicationFilterStillDecoratesOurOptionsAnswer() {
        Http.Reply reply = WITH.http().send("OPTIONS", "users", "Origin", "http://127.0.0.1:1");

        assertEquals(200, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertEquals("http://127.0.0.1:1", reply.header("Access-Control-Allow-Origin"));
    }

}
