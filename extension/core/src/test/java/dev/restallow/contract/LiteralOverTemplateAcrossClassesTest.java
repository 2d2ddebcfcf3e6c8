package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.Http;
import dev.restallow.http.JerseyApp;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Path first, then method (§3.7.2, jakartaee/rest#35): a literal root class wins over a template
 * one for its path, even for a method only the template class serves. Allow says what the
 * runtime really serves there, and the runtime agrees.
 */
class LiteralOverTemplateAcrossClassesTest {

    @Path("x/{name}")
    public static class ByName {
        @GET
        public String get() {
            return "by name";
        }
    }

    @Path("x/fixed")
    public static class Fixed {
        @POST
        public String post() {
            return "fixed";
        }

        @DELETE
        @Path("d")
        public String delete() {
            return "deleted";
        }
    }

    @RegisterExtension
    static final JerseyApp APP = JerseyApp.of(() -> new ResourceConfig(ByName.class, Fixed.class));

    private final Http http = APP.http();

    @Test
    void getOnTheLiteralPathIsRefusedWithTheLiteralClassMethods() {
        Http.Reply reply = http.send("GET", "x/fixed");

        assertEquals(405, reply.status());
        assertEquals("POST, OPTIONS", reply.header("Allow"));
        assertEquals("POST, OPTIONS", http.send("OPTIONS", "x/fixed").header("Allow"));
        assertEquals(200, http.send("POST", "x/fixed").status());
    }

    @Test
    void otherNamesGoToTheTemplateClass() {
        assertEquals(200, http.send("GET", "x/other").status());
        assertEquals("GET, HEAD, OPTIONS", http.send("DELETE", "x/other").header("Allow"));
        assertEquals("GET, HEAD, OPTIONS", http.send("OPTIONS", "x/other").header("Allow"));
    }

    @Test
    void subResourceMethodOfTheLiteralClass() {
        assertEquals(200, http.send("DELETE", "x/fixed/d").status());
        assertEquals("DELETE, OPTIONS", http.send("GET", "x/fixed/d").header("Allow"));
        assertEquals(404, http.send("GET", "x/other/d").status());
    }
}
