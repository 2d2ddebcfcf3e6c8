package dev.restallow.tck.generated;

import static dev.restallow.tck.generated.Http.assertMethodNotAllowed;
import static dev.restallow.tck.generated.Http.assertOptions;
import static dev.restallow.tck.generated.Http.describe;
import static dev.restallow.tck.generated.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without an application mapper, the same two places answer as rest-allow answered them before its
 * corrections went through the mappers: OPTIONS inside a resource class that serves nothing there
 * is a bare 404; below a locator, a method the target serves only elsewhere is rest-allow's 405.
 */
@QuarkusTest
class CorrectionsWithoutMapperTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void optionsInsideResourceClassIsABareNotFound() throws Exception {
        HttpResponse<String> r = send(root.toURI(), "OPTIONS", "shelves/abc");

        assertEquals(404, r.statusCode(), () -> describe(r));
        assertEquals("", r.body(), () -> describe(r));
        assertEquals(List.of(), r.headers().allValues("Allow"), () -> describe(r));
    }

    @Test
    void belowTheLocatorIsRestAllows405() throws Exception {
        assertMethodNotAllowed(send(root.toURI(), "PUT", "shelves/1/items"), "PUT", "GET, HEAD, OPTIONS");
        assertOptions(send(root.toURI(), "OPTIONS", "shelves/1/items"), "GET, HEAD, OPTIONS");
    }
}
