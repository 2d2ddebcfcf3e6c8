package dev.restallow.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.metrics.NotAllowedCounters;
import dev.restallow.tck.probe.MethodContractProbe;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample WAR exactly as the build packages it (rest-allow-core in WEB-INF/lib, no code that
 * names it) on Payara Micro, checked over real HTTP. One deployment, so Payara boots once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookshelfOnPayaraIT {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Deployment(testable = false)
    static WebArchive sampleWar() {
        File war = new File(System.getProperty("sample.war", "target/payara-sample.war"));
        assertTrue(war.isFile(), "run 'mvn package' first: " + war + " is missing");
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterAll
    static void closeJsonb() throws Exception {
        JSONB.close();
    }

    @Test
    void deleteOnCollectionIs405WithExactAllowAndJsonBody() throws Exception {
        HttpResponse<String> r = send("DELETE", "api/books");

        assertEquals(405, r.statusCode(), () -> raw(r));
        assertEquals(List.of("GET, HEAD, POST, OPTIONS"), r.headers().allValues("Allow"), () -> raw(r));
        assertTrue(contentType(r).startsWith("application/json"), () -> raw(r));
        Map<String, Object> body = json(r);
        assertAll(raw(r),
                () -> assertEquals("Method Not Allowed", body.get("error")),
                () -> assertEquals("DELETE is not supported for this resource", body.get("message")),
                () -> assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), body.get("allowed_methods")),
                () -> assertEquals(3, body.size(), "no other members"));
    }

    @Test
    void optionsOnItemIs200WithExactAllowAndNoWadl() throws Exception {
        HttpResponse<String> r = send("OPTIONS", "api/books/1");

        assertEquals(200, r.statusCode(), () -> raw(r));
        assertEquals(List.of("GET, HEAD, PUT, PATCH, DELETE, OPTIONS"), r.headers().allValues("Allow"), () -> raw(r));
        assertFalse(contentType(r).contains("wadl"), () -> raw(r));
        assertEquals("", r.body(), () -> raw(r));
    }

    @Test
    void putOnSearchIs405WithJsonNotAnHtmlErrorPage() throws Exception {
        HttpResponse<String> r = send("PUT", "api/books/search");

        assertEquals(405, r.statusCode(), () -> raw(r));
        assertEquals(List.of("GET, HEAD, OPTIONS"), r.headers().allValues("Allow"), () -> raw(r));
        assertTrue(contentType(r).startsWith("application/json"), () -> raw(r));
        assertFalse(r.body().toLowerCase(Locale.ROOT).contains("<html"), () -> raw(r));
        Map<String, Object> body = json(r);
        assertAll(raw(r),
                () -> assertEquals("Method Not Allowed", body.get("error")),
                () -> assertEquals("PUT is not supported for this resource", body.get("message")),
                () -> assertEquals(List.of("GET", "HEAD", "OPTIONS"), body.get("allowed_methods")));
    }

    @Test
    void deleteOnLocatorTargetIs405WithExactAllow() throws Exception {
        HttpResponse<String> r = send("DELETE", "api/authors/x/books");

        assertEquals(405, r.statusCode(), () -> raw(r));
        assertEquals(List.of("GET, HEAD, OPTIONS"), r.headers().allValues("Allow"), () -> raw(r));
        assertTrue(contentType(r).startsWith("application/json"), () -> raw(r));
        Map<String, Object> body = json(r);
        assertEquals(List.of("GET", "HEAD", "OPTIONS"), body.get("allowed_methods"), () -> raw(r));
    }

    @Test
    void problemJsonWhenTheClientPrefersIt() throws Exception {
        URI uri = uri("api/books/search");
        HttpResponse<String> r = send("PUT", uri, "application/problem+json");

        assertEquals(405, r.statusCode(), () -> raw(r));
        assertEquals(List.of("GET, HEAD, OPTIONS"), r.headers().allValues("Allow"), () -> raw(r));
        assertTrue(contentType(r).startsWith("application/problem+json"), () -> raw(r));
        Map<String, Object> body = json(r);
        assertAll(raw(r),
                () -> assertEquals("about:blank", body.get("type")),
                () -> assertEquals("Method Not Allowed", body.get("title")),
                () -> assertEquals(new BigDecimal(405), body.get("status")),
                () -> assertEquals("PUT is not supported for this resource", body.get("detail")),
                () -> assertEquals(uri.getRawPath(), body.get("instance")),
                () -> assertEquals(List.of("GET", "HEAD", "OPTIONS"), body.get("allowed_methods")));
    }

    @Test
    void getOnCollectionIs200WithBooks() throws Exception {
        HttpResponse<String> r = send("GET", "api/books");

        assertEquals(200, r.statusCode(), () -> raw(r));
        assertTrue(contentType(r).startsWith("application/json"), () -> raw(r));
        assertTrue(r.body().contains("\"title\":\"Kindred\""), () -> raw(r));
    }

    @Test
    void headOnGetPathIs200WithoutBody() throws Exception {
        HttpResponse<String> r = send("HEAD", "api/books/search");

        assertEquals(200, r.statusCode(), () -> raw(r));
        assertEquals("", r.body(), () -> raw(r));
    }

    @Test
    void getOnLocatorTargetIs200() throws Exception {
        HttpResponse<String> r = send("GET", "api/authors/Octavia%20E.%20Butler/books");

        assertEquals(200, r.statusCode(), () -> raw(r));
        assertTrue(r.body().contains("\"title\":\"Kindred\""), () -> raw(r));
    }

    /**
     * Every 405 is counted in Payara's MicroProfile Metrics, application scope, by route template
     * (relative to the application path) and method: never by the request path.
     */
    @Test
    void fourOhFivesAreCountedInMicroProfileMetrics() throws Exception {
        NotAllowedCounters before = notAllowedCounters();

        assertEquals(405, send("POST", "api/books/7").statusCode());
        assertEquals(405, send("POST", "api/books/8").statusCode());
        assertEquals(405, send("DELETE", "api/authors/x/books").statusCode());
        assertEquals(200, send("GET", "api/books").statusCode());

        NotAllowedCounters after = notAllowedCounters();
        assertEquals(2.0, after.since(before, "POST", "/books/{id}"), after::toString);
        assertEquals(1.0, after.since(before, "DELETE", "/authors/{author}/books"), after::toString);
        assertFalse(after.counts().keySet().stream().anyMatch(key -> key.contains("/7") || key.contains("/8")),
                after::toString);
        assertEquals(0.0, after.count("GET", "/books"), "a 200 is not counted");
    }

    /**
     * rest-allow's counters at Payara's metrics endpoint (all scopes: the application scope alone
     * answers 404 while it has no metric).
     */
    private NotAllowedCounters notAllowedCounters() throws Exception {
        URI b = uri("/");
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                new URI("http", null, "127.0.0.1", b.getPort(), "/metrics", null, null)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), () -> raw(metrics));
        return NotAllowedCounters.parse(metrics.body());
    }

    /** Every route of the WAR, every standard method: rest-allow's probe, as an application's own test would call it. */
    @Test
    void everyRouteKeepsTheMethodContract() throws Exception {
        MethodContractProbe.forResources(uri("api/"), BooksResource.class, AuthorsResource.class)
                // book 0 does not exist: the probe's POST, PUT, PATCH and DELETE there change nothing
                .withPathValue("id", "0")
                .assertContract();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return send(method, uri(path), null);
    }

    private HttpResponse<String> send(String method, URI uri, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        System.out.println(method + " " + uri + (accept == null ? "" : " (Accept: " + accept + ")") + "\n" + raw(r));
        return r;
    }

    /** The deployment's URL with the host replaced: Payara reports the first non-loopback address. */
    private URI uri(String path) throws Exception {
        URI b = base.toURI();
        return new URI(b.getScheme(), null, "127.0.0.1", b.getPort(), b.getPath(), null, null).resolve(path);
    }

    private static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> r) {
        try {
            return JSONB.fromJson(r.body(), Map.class);
        } catch (RuntimeException e) {
            throw new AssertionError("not a JSON object:\n" + raw(r), e);
        }
    }

    /** Status line, headers and body, for assertion messages. */
    private static String raw(HttpResponse<String> r) {
        StringBuilder text = new StringBuilder("HTTP ").append(r.statusCode()).append('\n');
        r.headers().map().forEach((name, values) -> values.forEach(v -> text.append(name).append(": ").append(v).append('\n')));
        return text.append('\n').append(r.body()).toString();
    }
}
