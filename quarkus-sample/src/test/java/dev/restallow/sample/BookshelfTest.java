package dev.restallow.sample;

import static dev.restallow.sample.Http.contentType;
import static dev.restallow.sample.Http.describe;
import static dev.restallow.sample.Http.json;
import static dev.restallow.sample.Http.send;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bookshelf with rest-allow as a dependency and nothing else, over real HTTP: the exact
 * {@code Allow}, the bodies, automatic OPTIONS, 501, and everything else left as it was. The same
 * class runs on Quarkus REST (this module) and on quarkus-resteasy (the classic module).
 */
@QuarkusTest
class BookshelfTest {

    @TestHTTPResource("/")
    URL root;

    URI base;

    @BeforeEach
    void base() throws Exception {
        base = root.toURI();
    }

    private static void assertAllow(String expected, HttpResponse<String> r) {
        assertEquals(List.of(expected), r.headers().allValues("Allow"), () -> describe(r));
    }

    private static void assertJsonBody(String method, List<String> allowed, HttpResponse<String> r) {
        assertTrue(contentType(r).startsWith("application/json"), () -> describe(r));
        Map<String, Object> body = json(r);
        assertAll(describe(r),
                () -> assertEquals("Method Not Allowed", body.get("error")),
                () -> assertEquals(method + " is not supported for this resource", body.get("message")),
                () -> assertEquals(allowed, body.get("allowed_methods")),
                () -> assertEquals(3, body.size(), "no other members"));
    }

    @ParameterizedTest(name = "{0} /api/{1}: 405, Allow: {2}")
    @CsvSource(delimiter = '|', value = {
        "DELETE | books                  | GET, HEAD, POST, OPTIONS",
        "PUT    | books/search           | GET, HEAD, OPTIONS",
        "POST   | books/7                | GET, HEAD, PUT, PATCH, DELETE, OPTIONS",
        "GET    | books/1/loans          | POST, OPTIONS",
        "DELETE | cache                  | GET, HEAD, OPTIONS, PURGE",
        "DELETE | authors/x              | GET, HEAD, OPTIONS",
        "POST   | authors/x/books        | GET, HEAD, OPTIONS",
        "PATCH  | authors/Kindred%20K/books | GET, HEAD, OPTIONS",
    })
    void everyRefusedMethodGets405WithTheExactAllowAndAJsonBody(String method, String path, String allow)
            throws Exception {
        HttpResponse<String> r = send(base, method, "api/" + path);

        assertEquals(405, r.statusCode(), () -> describe(r));
        assertAllow(allow, r);
        assertJsonBody(method, List.of(allow.split(", ")), r);
    }

    @ParameterizedTest(name = "OPTIONS /api/{0}: 200, Allow: {1}")
    @CsvSource(delimiter = '|', value = {
        "books           | GET, HEAD, POST, OPTIONS",
        "books/          | GET, HEAD, POST, OPTIONS",
        "books/search    | GET, HEAD, OPTIONS",
        "books/1         | GET, HEAD, PUT, PATCH, DELETE, OPTIONS",
        "books/1/loans   | POST, OPTIONS",
        "cache           | GET, HEAD, OPTIONS, PURGE",
        "authors/x       | GET, HEAD, OPTIONS",
        "authors/x/books | GET, HEAD, OPTIONS",
    })
    void automaticOptionsIs200WithTheExactAllowAndNoBody(String path, String allow) throws Exception {
        HttpResponse<String> r = send(base, "OPTIONS", "api/" + path);

        assertEquals(200, r.statusCode(), () -> describe(r));
        assertAllow(allow, r);
        assertEquals("", r.body(), () -> describe(r));
    }

    @Test
    void everyMethodInAllowIsServedThere() throws Exception {
        HttpResponse<String> options = send(base, "OPTIONS", "api/cache");
        for (String method : options.headers().firstValue("Allow").orElseThrow().split(", ")) {
            HttpResponse<String> r = send(base, method, "api/cache");
            assertTrue(r.statusCode() < 300, () -> describe(r));
        }
    }

    @Test
    void problemJsonWhenTheClientPrefersIt() throws Exception {
        HttpResponse<String> r = send(base, "PUT", "api/books/search", "Accept", "application/problem+json");

        assertEquals(405, r.statusCode(), () -> describe(r));
        assertAllow("GET, HEAD, OPTIONS", r);
        assertTrue(contentType(r).startsWith("application/problem+json"), () -> describe(r));
        Map<String, Object> body = json(r);
        assertAll(describe(r),
                () -> assertEquals("about:blank", body.get("type")),
                () -> assertEquals("Method Not Allowed", body.get("title")),
                () -> assertEquals(405, body.get("status")),
                () -> assertEquals("PUT is not supported for this resource", body.get("detail")),
                () -> assertEquals("/api/books/search", body.get("instance")),
                () -> assertEquals(List.of("GET", "HEAD", "OPTIONS"), body.get("allowed_methods")),
                () -> assertEquals(6, body.size(), "no other members"));
    }

    @Test
    void aMethodNoResourceImplementsGets501() throws Exception {
        HttpResponse<String> r = send(base, "FOO", "api/books");

        assertEquals(501, r.statusCode(), () -> describe(r));
        assertAllow("GET, HEAD, POST, OPTIONS", r);
        assertTrue(contentType(r).startsWith("application/json"), () -> describe(r));
        Map<String, Object> body = json(r);
        assertAll(describe(r),
                () -> assertEquals("Not Implemented", body.get("error")),
                () -> assertEquals("FOO is not implemented by this server", body.get("message")),
                () -> assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), body.get("allowed_methods")));
    }

    @Test
    void headOnAPostOnlyPathIs405WithoutABody() throws Exception {
        String response = Http.raw(base, "HEAD", "api/books/1/loans");

        assertTrue(response.startsWith("HTTP/1.1 405"), response);
        assertTrue(response.contains("\r\nAllow: POST, OPTIONS\r\n") || response.contains("\r\nallow: POST, OPTIONS\r\n"),
                response);
        assertTrue(response.endsWith("\r\n\r\n"), () -> "body bytes after the headers:\n" + response);
    }

    @Test
    void anApplicationThrown405KeepsTheMethodsItNames() throws Exception {
        HttpResponse<String> r = send(base, "PUT", "api/locked");

        assertEquals(405, r.statusCode(), () -> describe(r));
        assertAllow("GET, HEAD, OPTIONS", r);
        assertJsonBody("PUT", List.of("GET", "HEAD", "OPTIONS"), r);
    }

    @Test
    void successesAreUnchanged() throws Exception {
        HttpResponse<String> list = send(base, "GET", "api/books");
        HttpResponse<String> author = send(base, "GET", "api/authors/Octavia%20E.%20Butler/books");
        HttpResponse<String> head = send(base, "HEAD", "api/books/search");
        HttpResponse<String> purge = send(base, "PURGE", "api/cache");

        assertEquals(200, list.statusCode(), () -> describe(list));
        assertTrue(list.body().contains("\"title\":\"Kindred\""), () -> describe(list));
        assertFalse(list.headers().firstValue("Allow").isPresent(), () -> describe(list));
        assertEquals(200, author.statusCode(), () -> describe(author));
        assertTrue(author.body().contains("\"title\":\"Kindred\""), () -> describe(author));
        assertEquals(200, head.statusCode(), () -> describe(head));
        assertEquals("", head.body(), () -> describe(head));
        assertEquals(200, purge.statusCode(), () -> describe(purge));
    }

    @Test
    void notFoundIsUnchanged() throws Exception {
        for (String path : List.of("api/nowhere", "api/books/abc", "api/books/1/loans/2")) {
            HttpResponse<String> get = send(base, "GET", path);
            HttpResponse<String> delete = send(base, "DELETE", path);
            assertEquals(404, get.statusCode(), () -> describe(get));
            assertEquals(404, delete.statusCode(), () -> describe(delete));
            assertFalse(get.headers().firstValue("Allow").isPresent(), () -> describe(get));
        }
        HttpResponse<String> options = send(base, "OPTIONS", "api/nowhere");
        assertEquals(404, options.statusCode(), () -> describe(options));
    }

    @Test
    void unsupportedMediaTypeIsUnchanged() throws Exception {
        HttpResponse<String> r = Http.sendBody(base, "POST", "api/books", "text/plain", "a book");

        assertEquals(415, r.statusCode(), () -> describe(r));
        assertFalse(r.headers().firstValue("Allow").isPresent(), () -> describe(r));
    }
}
