package dev.restallow.tck.generated.spring;

import static dev.restallow.tck.generated.Http.assertMethodNotAllowed;
import static dev.restallow.tck.generated.Http.assertOptions;
import static dev.restallow.tck.generated.Http.assertServed;
import static dev.restallow.tck.generated.Http.send;
import static dev.restallow.tck.generated.Http.serve;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quarkus-spring-web controller is in rest-allow's route model (Quarkus REST reads it through its
 * annotation transformations and additional resource classes): its 405s carry the exact
 * {@code Allow} and the JSON body, its automatic OPTIONS the same list, and every listed method is
 * really served there.
 */
@QuarkusTest
class SpringControllerRoutesTest {

    private static final String GREETING = "{\"greeting\":\"hej\"}";

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "{0} /{1}: 405, Allow: {2}")
    @CsvSource(delimiter = '|', value = {
        "PUT    | greetings       | GET, HEAD, POST, OPTIONS",
        "DELETE | greetings       | GET, HEAD, POST, OPTIONS",
        "POST   | greetings/hello | GET, HEAD, DELETE, OPTIONS",
        "PATCH  | greetings/hello | GET, HEAD, DELETE, OPTIONS",
    })
    void notAllowedHasTheExactAllow(String method, String path, String allow) throws Exception {
        assertMethodNotAllowed(serve(root.toURI(), method, path, GREETING), method, allow);
    }

    @ParameterizedTest(name = "OPTIONS /{0}: Allow: {1}, each listed method served")
    @CsvSource(delimiter = '|', value = {
        "greetings       | GET, HEAD, POST, OPTIONS",
        "greetings/hello | GET, HEAD, DELETE, OPTIONS",
    })
    void optionsListsWhatIsServed(String path, String allow) throws Exception {
        assertOptions(send(root.toURI(), "OPTIONS", path), allow);
        assertServed(root.toURI(), path, allow, GREETING);
    }
}
