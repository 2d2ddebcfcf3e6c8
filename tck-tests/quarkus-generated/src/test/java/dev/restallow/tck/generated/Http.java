package dev.restallow.tck.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Real HTTP against the running application, and the checks every test here makes of a 405. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Http() {
    }

    public static HttpResponse<String> send(URI base, String method, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> sendJson(URI base, String method, String path, String json) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The request a method needs to be served: an entity for the methods that take one. */
    public static HttpResponse<String> serve(URI base, String method, String path, String entity) throws Exception {
        return List.of("POST", "PUT", "PATCH").contains(method) ? sendJson(base, method, path, entity)
                : send(base, method, path);
    }

    /** A 405 with exactly one {@code Allow} line, and rest-allow's JSON body naming the method and the same list. */
    public static void assertMethodNotAllowed(HttpResponse<String> r, String method, String allow) {
        assertEquals(405, r.statusCode(), () -> describe(r));
        assertEquals(List.of(allow), r.headers().allValues("Allow"), () -> describe(r));
        assertEquals("application/json", contentType(r), () -> describe(r));
        Map<String, Object> body = json(r);
        assertEquals("Method Not Allowed", body.get("error"), () -> describe(r));
        assertEquals(method + " is not supported for this resource", body.get("message"), () -> describe(r));
        assertEquals(List.of(allow.split(", ")), body.get("allowed_methods"), () -> describe(r));
    }

    /** Every method an {@code Allow} lists is served there: neither 405 nor 501. */
    public static void assertServed(URI base, String path, String allow, String entity) throws Exception {
        for (String method : allow.split(", ")) {
            HttpResponse<String> r = serve(base, method, path, entity);
            assertNotEquals(405, r.statusCode(), () -> method + " is listed but refused:\n" + describe(r));
            assertNotEquals(501, r.statusCode(), () -> method + " is listed but refused:\n" + describe(r));
        }
    }

    /** The automatic OPTIONS answer: 200 with exactly the {@code Allow} given. */
    public static void assertOptions(HttpResponse<String> r, String allow) {
        assertEquals(200, r.statusCode(), () -> describe(r));
        assertEquals(List.of(allow), r.headers().allValues("Allow"), () -> describe(r));
        assertFalse(r.body().contains("Method Not Allowed"), () -> describe(r));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> json(HttpResponse<String> r) {
        try {
            return JSON.readValue(r.body(), Map.class);
        } catch (IOException e) {
            throw new AssertionError("not a JSON object:\n" + describe(r), e);
        }
    }

    public static Object jsonValue(HttpResponse<String> r) {
        try {
            return JSON.readValue(r.body(), Object.class);
        } catch (IOException e) {
            throw new AssertionError("not JSON:\n" + describe(r), e);
        }
    }

    /** The names of the headers of an answer, sorted. */
    public static TreeSet<String> headerNames(HttpResponse<String> r) {
        return new TreeSet<>(r.headers().map().keySet());
    }

    public static String contentType(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    public static String describe(HttpResponse<String> r) {
        return r.request().method() + " " + r.uri() + " -> " + r.statusCode() + "\n" + r.headers().map() + "\n" + r.body();
    }
}
