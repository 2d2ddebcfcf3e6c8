package dev.restallow.tck.generated.spring;

import static dev.restallow.tck.generated.Http.contentType;
import static dev.restallow.tck.generated.Http.describe;
import static dev.restallow.tck.generated.Http.jsonValue;
import static dev.restallow.tck.generated.Http.send;
import static dev.restallow.tck.generated.Http.headerNames;
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
 * GET on the quarkus-spring-web controller answers as it does without rest-allow: the constants
 * below, which {@link SpringSuccessesWithoutRestAllowTest} checks with {@code quarkus.rest-allow.enabled=false}.
 */
@QuarkusTest
class SpringSuccessesUnchangedTest {

    private static final TreeSet<String> HEADERS = new TreeSet<>(List.of("content-length", "content-type"));

    @TestHTTPResource("/")
    URL root;

    @Test
    void springGetIsUnchanged() throws Exception {
        HttpResponse<String> list = send(root.toURI(), "GET", "greetings");
        HttpResponse<String> one = send(root.toURI(), "GET", "greetings/hello");

        assertEquals(200, list.statusCode(), () -> describe(list));
        assertEquals("application/json;charset=UTF-8", contentType(list), () -> describe(list));
        assertEquals(List.of("hello", "bonjour"), jsonValue(list), () -> describe(list));
        assertEquals(HEADERS, headerNames(list), () -> describe(list));
        assertEquals(200, one.statusCode(), () -> describe(one));
        assertEquals("application/json;charset=UTF-8", contentType(one), () -> describe(one));
        assertEquals(Map.of("greeting", "hello"), jsonValue(one), () -> describe(one));
        assertEquals(HEADERS, headerNames(one), () -> describe(one));
    }
}
