package dev.restallow.tck.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The counters are read from Micrometer's and Payara's Prometheus output alike, braces in templates included. */
class NotAllowedCountersTest {

    @Test
    void micrometerScrape() {
        NotAllowedCounters counters = NotAllowedCounters.parse("""
                # HELP restallow_method_not_allowed_total 405 Method Not Allowed answers
                # TYPE restallow_method_not_allowed_total counter
                restallow_method_not_allowed_total{method="DELETE",route="/books"} 1.0
                restallow_method_not_allowed_total{method="POST",route="/books/{id}/loans"} 12.0
                http_server_requests_seconds_count{method="DELETE",outcome="CLIENT_ERROR",status="405",uri="/api/books"} 1
                """);

        assertEquals(Map.of("DELETE /books", 1.0, "POST /books/{id}/loans", 12.0), counters.counts());
    }

    @Test
    void payaraScrapeWithScopeLabel() {
        NotAllowedCounters counters = NotAllowedCounters.parse(
                "restallow_method_not_allowed_total{method=\"DELETE\",mp_scope=\"application\",route=\"/authors/{author}/books\"} 1.0\n");

        assertEquals(1.0, counters.count("DELETE", "/authors/{author}/books"));
        assertEquals(0.0, counters.count("GET", "/authors/{author}/books"));
    }

    @Test
    void differenceBetweenTwoScrapes() {
        NotAllowedCounters before = NotAllowedCounters.parse("restallow_method_not_allowed_total{method=\"PUT\",route=\"/a\"} 2.0\n");
        NotAllowedCounters after = NotAllowedCounters.parse("restallow_method_not_allowed_total{method=\"PUT\",route=\"/a\"} 5.0\n"
                + "restallow_method_not_allowed_total{method=\"PUT\",route=\"/b\"} 1.0\n");

        assertEquals(3.0, after.since(before, "PUT", "/a"));
        assertEquals(1.0, after.since(before, "PUT", "/b"));
    }
}
