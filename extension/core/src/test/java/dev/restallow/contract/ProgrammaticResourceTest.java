package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.restallow.http.JerseyApp;
import dev.restallow.tck.Http;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Resources built in code ({@code Resource.builder}, {@code registerResources}) are in no annotated
 * class: rest-allow reads them from Jersey's final resource model, so their 405s and automatic
 * OPTIONS get the exact Allow (HEAD included, which Jersey's own omits) and the JSON body, where
 * Jersey alone sends its text list or WADL.
 */
class ProgrammaticResourceTest {

    /** Annotated, on the template one built resource shares: Jersey merges the two. */
    @Path("mixed")
    public static class Mixed {
        @GET
        public String get() {
            return "annotated";
        }
    }

    /** What the locator built in code returns: Jersey finds its methods only when the locator runs. */
    public static class Note {
        @GET
        public String get() {
            return "note";
        }
    }

    public static class Notes {
        public Note note() {
            return new Note();
        }
    }

    static ResourceConfig application() {
        Resource.Builder built = Resource.builder("/built");
        built.addMethod("GET").produces("text/plain").handledBy(request -> "built");
        built.addMethod("POST").handledBy(request -> Response.status(201).build());
        Resource.Builder item = built.addChildResource("items/{id}");
        item.addMethod("GET").handledBy(request -> "item");
        item.addMethod("DELETE").handledBy(request -> Response.noContent().build());

        try {
            built.addChildResource("notes/{name}").addMethod()
                    .handledBy(Notes.class, Notes.class.getMethod("note"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }

        Resource.Builder mixed = Resource.builder("mixed");
        mixed.addMethod("PUT").handledBy(request -> Response.noContent().build());

        return new ResourceConfig(Mixed.class).registerResources(built.build(), mixed.build());
    }

    @RegisterExtension
    static final JerseyApp APP = JerseyApp.of(ProgrammaticResourceTest::application);

    private final Http http = APP.http();

    @Test
    void a405AtABuiltResourceListsItsMethodsWithHead() {
        Http.Reply reply = http.send("DELETE", "built");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertEquals("application/json", reply.contentType());
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"));
    }

    @Test
    void aChildResourceBuiltInCode() {
        Http.Reply refused = http.send("PUT", "built/items/7");
        Http.Reply options = http.send("OPTIONS", "built/items/7");

        assertEquals(405, refused.status());
        assertEquals("GET, HEAD, DELETE, OPTIONS", refused.header("Allow"));
        assertEquals(200, options.status());
        assertEquals("GET, HEAD, DELETE, OPTIONS", options.header("Allow"));
        assertEquals(204, http.send("DELETE", "built/items/7").status());
    }

    @Test
    void automaticOptionsIsTheExactAllowNotWadl() {
        Http.Reply options = http.send("OPTIONS", "built");

        assertEquals(200, options.status());
        assertEquals("GET, HEAD, POST, OPTIONS", options.header("Allow"));
        assertFalse(String.valueOf(options.contentType()).contains("wadl"), options.toString());
    }

    @Test
    void aBuiltResourceMergedWithAnAnnotatedClass() {
        Http.Reply refused = http.send("DELETE", "mixed");

        assertEquals(405, refused.status());
        assertEquals("GET, HEAD, PUT, OPTIONS", refused.header("Allow"));
        assertEquals("GET, HEAD, PUT, OPTIONS", http.send("OPTIONS", "mixed").header("Allow"));
        assertEquals(204, http.send("PUT", "mixed").status());
        assertEquals("annotated", http.send("GET", "mixed").body());
    }

    @Test
    void belowALocatorBuiltInCodeTheAllowIsJerseysCompleted() {
        assertEquals("note", http.send("GET", "built/notes/a").body());
        Http.Reply refused = http.send("DELETE", "built/notes/a");

        assertEquals(405, refused.status());
        assertEquals("GET, HEAD, OPTIONS", refused.header("Allow"));
    }

    @Test
    void everythingElseIsJerseysAnswer() {
        Http.Reply get = http.send("GET", "built");

        assertEquals(200, get.status());
        assertEquals("built", get.body());
        assertEquals(201, http.send("POST", "built").status());
        assertEquals(404, http.send("GET", "built/nothing").status());
    }
}
