package dev.restallow.internal.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Allow is one canonical line: standard methods in a fixed order, then others alphabetically. */
class AllowedMethodsTest {

    @Test
    void canonicalOrder() {
        assertEquals("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, LOCK, PURGE",
                AllowedMethods.impliedBy(Set.of("PURGE", "DELETE", "PATCH", "PUT", "POST", "GET", "LOCK")).headerValue());
    }

    @Test
    void headComesWithGetAndOptionsAlways() {
        assertEquals("GET, HEAD, OPTIONS", AllowedMethods.impliedBy(List.of("GET")).headerValue());
        assertEquals("POST, OPTIONS", AllowedMethods.impliedBy(List.of("POST")).headerValue());
    }

    @Test
    void runtimeHeaderValuesInAnyShape() {
        assertEquals(List.of("POST", "GET", "OPTIONS", "HEAD", "PUT"),
                AllowedMethods.parseHeaderValues(List.of("POST,GET, OPTIONS", "HEAD", List.of("PUT"))));
    }

    @Test
    void theRefusedMethodIsNeverListed() {
        AllowedMethods allowed = AllowedMethods.impliedBy(List.of("GET", "PUT"));

        assertEquals("GET, HEAD, OPTIONS", allowed.without("PUT").headerValue());
        assertEquals("HEAD, PUT, OPTIONS", allowed.without("GET").headerValue());
        assertEquals("GET, HEAD, PUT, OPTIONS", allowed.without("DELETE").headerValue());
    }
}
