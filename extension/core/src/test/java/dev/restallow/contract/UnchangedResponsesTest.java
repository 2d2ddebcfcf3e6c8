package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every answer that is not a 405, an automatic OPTIONS or a 501 is exactly what the runtime sends without rest-allow. */
class UnchangedResponsesTest {

    @RegisterExtension
    static final JerseyApp WITH = JerseyApp.of(Deployments::withRestAllow);
    @RegisterExtension
    static final JerseyApp WITHOUT = JerseyApp.of(Deployments::withoutRestAllow);

    private static void assertSameAnswer(int expectedStatus, String method, String path, String body, String... headers) {
        Http.Reply expected = WITHOUT.http().sendWithBody(method, path, body, headers);
        Http.Reply actual = WITH.http().sendWithBody(method, path, body, headers);

        assertEquals(expectedStatus, expected.status(), "without rest-allow: " + expected);
        assertEquals(expected.status(), actual.status(), method + " " + path);
        assertEquals(expected.contentType(), actual.contentType(), method + " " + path);
        assertEquals(expected.header("Allow"), actual.header("Allow"), method + " " + path);
        assertEquals(expected.body(), actual.body(), method + " " + path);
    }

    @Test
    void ok() {
        assertSameAnswer(200, "GET", "users", null);
        assertSameAnswer(200, "GET", "orgs/acme/members", null);
        assertSameAnswer(200, "PATCH", "users/1", "{}", "Content-Type", "application/json");
    }

    @Test
    void noContent() {
        assertSameAnswer(204, "DELETE", "users/1", null);
    }

    @Test
    void notFound() {
        assertSameAnswer(404, "GET", "nowhere", null);
        assertSameAnswer(404, "GET", "items/abc", null);
        assertSameAnswer(404, "DELETE", "nowhere", null);
        assertSameAnswer(404, "GET", "orgs", null);
    }

    @Test
    void unsupportedMediaType() {
        assertSameAnswer(415, "POST", "users", "x", "Content-Type", "text/plain");
    }

    @Test
    void notAcceptable() {
        assertSameAnswer(406, "GET", "users", null, "Accept", "image/png");
    }
}
