package dev.restallow.sample;

import static dev.restallow.sample.Http.describe;
import static dev.restallow.sample.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.metrics.NotAllowedCounters;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With quarkus-micrometer-registry-prometheus in the application, every 405 shows at
 * {@code /q/metrics} as {@code restallow_method_not_allowed_total}, labelled with the route template
 * (relative to the application path) and the method, never with the request path.
 */
@QuarkusTest
class MethodNotAllowedMetricsTest {

    @TestHTTPResource("/")
    URL root;

    URI base;

    @BeforeEach
    void base() throws Exception {
        base = root.toURI();
    }

    private NotAllowedCounters counters() throws Exception {
        HttpResponse<String> metrics = send(base, "GET", "q/metrics");
        assertEquals(200, metrics.statusCode(), () -> describe(metrics));
        return NotAllowedCounters.parse(metrics.body());
    }

    @Test
    void fourOhFivesAreCountedByRouteTemplateAndMethod() throws Exception {
        NotAllowedCounters before = counters();

        assertEquals(405, send(base, "DELETE", "api/books").statusCode());
        assertEquals(405, send(base, "POST", "api/books/7").statusCode());
        assertEquals(405, send(base, "POST", "api/books/8").statusCode());
        assertEquals(405, send(base, "GET", "api/books/7/loans").statusCode());

        NotAllowedCounters after = counters();
        assertEquals(1.0, after.since(before, "DELETE", "/books"), after::toString);
        assertEquals(2.0, after.since(before, "POST", "/books/{id}"), after::toString);
        assertEquals(1.0, after.since(before, "GET", "/books/{id}/loans"), after::toString);
        assertTrue(after.counts().keySet().stream().noneMatch(key -> key.contains("/7") || key.contains("/8")),
                after::toString);
    }

    @Test
    void aFourOhFiveBelowALocatorIsCountedByTheWholeTemplate() throws Exception {
        NotAllowedCounters before = counters();

        assertEquals(405, send(base, "DELETE", "api/authors/le-guin/books").statusCode());

        assertEquals(1.0, counters().since(before, "DELETE", "/authors/{author}/books"));
    }

    @Test
    void otherAnswersAreNotCounted() throws Exception {
        NotAllowedCounters before = counters();

        assertEquals(200, send(base, "GET", "api/books").statusCode());
        assertEquals(200, send(base, "OPTIONS", "api/books").statusCode());
        assertEquals(404, send(base, "DELETE", "api/nowhere").statusCode());

        assertEquals(before.counts(), counters().counts());
    }
}
