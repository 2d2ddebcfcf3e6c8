package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import org.junit.jupiter.api.Test;

/** Every answer that is not a 405, automatic OPTIONS or 501 is the runtime's own, status, type and body. */
class UnchangedResponsesTest {

    private final ContractTargets targets = ContractTargets.current();

    private void assertSameAnswer(int expectedStatus, String method, String path, String body, String... headers) {
        Http.Reply expected = targets.without().sendWithBody(method, path, body, headers);
        Http.Reply actual = targets.with().sendWithBody(method, path, body, headers);

        assertEquals(expectedStatus, expected.status(), "without rest-allow: " + expected);
        assertEquals(expected.status(), actual.status(), method + " " + path);
        assertEquals(expected.contentType(), actual.contentType(), method + " " + path);
        assertEquals(expected.header("Allow"), actual.header("Allow"), method + " " + path);
        assertEquals(expected.header("Location") == null, actual.header("Location") == null, method + " " + path);
        assertEquals(expected.body(), actual.body(), method + " " + path);
    }

    @Test
    void ok() {
        assertSameAnswer(200, "GET", "users", null);
        assertSameAnswer(200, "GET", "orgs/acme/members", null);
        assertSameAnswer(200, "PATCH", "users/1", "{}", "Content-Type", "application/json");
    }

    @Test
    void created() {
        assertSameAnswer(201, "POST", "users", "{}", "Content-Type", "application/json");
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
    }

    @Test
    void notAcceptable() {
        assertSameAnswer(406, "GET", "users", null, "Accept", "image/png");
    }

    @Test
    void unsupportedMediaType() {
        assertSameAnswer(415, "POST", "users", "x", "Content-Type", "text/plain");
    }
}
