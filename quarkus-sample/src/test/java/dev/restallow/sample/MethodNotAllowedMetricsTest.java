package dev.restallow.sample;

import static dev.restallow.sample.Http.describe;
import static dev.restallow.sample.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With quarkus-micrometer-registry-prometheus in the application, every 405 shows at
 * {@code /q/metrics} as {@code restallow_method_not_allowed_total}, labelled with the route template
 * (relative to the application path) and the method, never with the request path.
 */
@QuarkusTest
class MethodNotAllowedMetricsTest {

    private static final Pattern SAMPLE = Pattern.compile(
            "^restallow_method_not_allowed_total\\{((?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*)} ([0-9.E+-]+)$",
            Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TestHTTPResource("/")
    URL root;

    URI base;

    @BeforeEach
    void base() throws Exception {
        base = root.toURI();
    }

    /** Each counter's value by its "method route" labels. */
    private Map<String, Double> counters() throws Exception {
        HttpResponse<String> metrics = send(base, "GET", "q/metrics");
        assertEquals(200, metrics.statusCode(), () -> describe(metrics));
        Map<String, Double> counters = new HashMap<>();
        Matcher sample = SAMPLE.matcher(metrics.body());
        while (sample.find()) {
            Map<String, String> labels = new HashMap<>();
            Matcher label = LABEL.matcher(sample.group(1));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            counters.put(labels.get("method") + " " + labels.get("route"), Double.valueOf(sample.group(2)));
        }
        return counters;
    }

    private static double delta(Map<String, Double> before, Map<String, Double> after, String key) {
        return after.getOrDefault(key, 0.0) - before.getOrDefault(key, 0.0);
    }

    @Test
    void fourOhFivesAreCountedByRouteTemplateAndMethod() throws Exception {
        Map<String, Double> before = counters();

        assertEquals(405, send(base, "DELETE", "api/books").statusCode());
        assertEquals(405, send(base, "POST", "api/books/7").statusCode());
        assertEquals(405, send(base, "POST", "api/books/8").statusCode());
        assertEquals(405, send(base, "GET", "api/books/7/loans").statusCode());

        Map<String, Double> after = counters();
        assertEquals(1.0, delta(before, after, "DELETE /books"), after::toString);
        assertEquals(2.0, delta(before, after, "POST /books/{id}"), after::toString);
        assertEquals(1.0, delta(before, after, "GET /books/{id}/loans"), after::toString);
        assertTrue(after.keySet().stream().noneMatch(key -> key.contains("/7") || key.contains("/8")), after::toString);
    }

    @Test
    void aFourOhFiveBelowALocatorIsCountedByTheWholeTemplate() throws Exception {
        Map<String, Double> before = counters();

        assertEquals(405, send(base, "DELETE", "api/authors/le-guin/books").statusCode());

        assertEquals(1.0, delta(before, counters(), "DELETE /authors/{author}/books"));
    }

    @Test
    void otherAnswersAreNotCounted() throws Exception {
        Map<String, Double> before = counters();

        assertEquals(200, send(base, "GET", "api/books").statusCode());
        assertEquals(200, send(base, "OPTIONS", "api/books").statusCode());
        assertEquals(404, send(base, "DELETE", "api/nowhere").statusCode());

        assertEquals(before, counters());
    }
}
