package dev.restallow.tck.generated;

import static dev.restallow.tck.generated.Http.assertMethodNotAllowed;
import static dev.restallow.tck.generated.Http.assertOptions;
import static dev.restallow.tck.generated.Http.assertServed;
import static dev.restallow.tck.generated.Http.send;
import static dev.restallow.tck.generated.Http.serve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JAX-RS resource that REST Data with Panache generates at build time is in rest-allow's route
 * model: its 405s carry the exact {@code Allow} and the JSON body, its automatic OPTIONS the same
 * list, and every listed method is really served there.
 */
@QuarkusTest
class PanacheResourceRoutesTest {

    private static final String PERSON = "{\"name\":\"Barbara\"}";

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "{0} /{1}: 405, Allow: {2}")
    @CsvSource(delimiter = '|', value = {
        "PUT    | people   | GET, HEAD, POST, OPTIONS",
        "PATCH  | people   | GET, HEAD, POST, OPTIONS",
        "DELETE | people   | GET, HEAD, POST, OPTIONS",
        "POST   | people/1 | GET, HEAD, PUT, DELETE, OPTIONS",
        "PATCH  | people/1 | GET, HEAD, PUT, DELETE, OPTIONS",
    })
    void notAllowedHasTheExactAllow(String method, String path, String allow) throws Exception {
        assertMethodNotAllowed(serve(root.toURI(), method, path, PERSON), method, allow);
    }

    @ParameterizedTest(name = "OPTIONS /{0}: Allow: {1}")
    @CsvSource(delimiter = '|', value = {
        "people        | GET, HEAD, POST, OPTIONS",
        "people/2      | GET, HEAD, PUT, DELETE, OPTIONS",
    })
    void optionsHasTheExactAllow(String path, String allow) throws Exception {
        assertOptions(send(root.toURI(), "OPTIONS", path), allow);
    }

    /** On a person of its own, so that the people the other tests read stay as they are. */
    @Test
    void everyListedMethodIsServed() throws Exception {
        HttpResponse<String> created = Http.sendJson(root.toURI(), "POST", "people", PERSON);
        assertEquals(201, created.statusCode(), () -> Http.describe(created));
        String person = "people/" + Http.json(created).get("id");

        assertServed(root.toURI(), person, "GET, HEAD, PUT, DELETE, OPTIONS", PERSON);
        assertServed(root.toURI(), "people", "GET, HEAD, OPTIONS", PERSON);
    }
}
