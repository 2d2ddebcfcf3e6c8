package dev.restallow.tck.generated;

import static dev.restallow.tck.generated.Http.contentType;
import static dev.restallow.tck.generated.Http.describe;
import static dev.restallow.tck.generated.Http.headerNames;
import static dev.restallow.tck.generated.Http.jsonValue;
import static dev.restallow.tck.generated.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * GET on the generated routes answers as it does without rest-allow: status, Content-Type, parsed
 * body and the names of the headers are the constants below, which {@link SuccessesWithoutRestAllowTest}
 * checks on the same application with {@code quarkus.rest-allow.enabled=false}.
 */
@QuarkusTest
class SuccessesUnchangedTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void panacheListIsUnchanged() throws Exception {
        HttpResponse<String> r = send(root.toURI(), "GET", "people");

        assertEquals(200, r.statusCode(), () -> describe(r));
        assertEquals(JSON_TYPE, contentType(r), () -> describe(r));
        assertEquals(List.of(Map.of("id", 1, "name", "Ada"), Map.of("id", 2, "name", "Grace")), jsonValue(r),
                () -> describe(r));
        assertEquals(PANACHE_LIST_HEADERS, headerNames(r), () -> describe(r));
    }

    @Test
    void panacheGetIsUnchanged() throws Exception {
        HttpResponse<String> r = send(root.toURI(), "GET", "people/2");

        assertEquals(200, r.statusCode(), () -> describe(r));
        assertEquals(JSON_TYPE, contentType(r), () -> describe(r));
        assertEquals(Map.of("id", 2, "name", "Grace"), jsonValue(r), () -> describe(r));
        assertEquals(PANACHE_GET_HEADERS, headerNames(r), () -> describe(r));
    }

    private static final String JSON_TYPE = "application/json;charset=UTF-8";
    private static final TreeSet<String> PANACHE_LIST_HEADERS = new TreeSet<>(List.of("content-length", "content-type", "link"));
    private static final TreeSet<String> PANACHE_GET_HEADERS = new TreeSet<>(List.of("content-length", "content-type"));
}
