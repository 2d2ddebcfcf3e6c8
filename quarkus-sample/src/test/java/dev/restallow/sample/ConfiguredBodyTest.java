package dev.restallow.sample;

import static dev.restallow.sample.Http.contentType;
import static dev.restallow.sample.Http.describe;
import static dev.restallow.sample.Http.json;
import static dev.restallow.sample.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code quarkus.rest-allow.*} configuration: problem+json by default, and 405 for unknown methods. */
@QuarkusTest
@TestProfile(ConfiguredBodyTest.ProblemBodyAnd405.class)
class ConfiguredBodyTest {

    public static final class ProblemBodyAnd405 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-allow.body", "problem", "quarkus.rest-allow.unknown-method", "405");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void problemJsonIsTheDefaultBody() throws Exception {
        HttpResponse<String> r = send(root.toURI(), "DELETE", "api/books");

        assertEquals(405, r.statusCode(), () -> describe(r));
        assertEquals(List.of("GET, HEAD, POST, OPTIONS"), r.headers().allValues("Allow"), () -> describe(r));
        assertTrue(contentType(r).startsWith("application/problem+json"), () -> describe(r));
        assertEquals("/api/books", json(r).get("instance"), () -> describe(r));
    }

    @Test
    void aPlainJsonAcceptStillGetsPlainJson() throws Exception {
        HttpResponse<String> r = send(root.toURI(), "DELETE", "api/books", "Accept", "application/json");

        assertTrue(contentType(r).startsWith("application/json"), () -> describe(r));
        assertEquals("Method Not Allowed", json(r).get("error"), () -> describe(r));
    }

    @Test
    void anUnknownMethodGets405() throws Exception {
        HttpResponse<String> r = send(root.toURI(), "FOO", "api/books");

        assertEquals(405, r.statusCode(), () -> describe(r));
        assertEquals(List.of("GET, HEAD, POST, OPTIONS"), r.headers().allValues("Allow"), () -> describe(r));
        assertEquals("FOO is not supported for this resource", json(r).get("detail"), () -> describe(r));
    }
}
