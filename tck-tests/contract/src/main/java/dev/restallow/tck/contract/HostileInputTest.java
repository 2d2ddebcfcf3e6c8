package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.RawHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a clear HTTP answer: the runtime's own where it refuses the request itself, never
 * a 500 from rest-allow, every rest-allow body valid JSON of the documented shape, and no stack
 * trace, class name or raw request text in any answer.
 */
class HostileInputTest {

    private final ContractTargets targets = ContractTargets.current();
    private final RawHttp with = new RawHttp(targets.withRestAllow());
    private final RawHttp without = new RawHttp(targets.withoutRestAllow());

    /**
     * The answer with rest-allow is the runtime's own answer, except that a 405 may be rest-allow's
     * 405 or 501, or its 400 for a method that is no token; and whatever it is, it is clean.
     */
    private RawHttp.Answer assertHandled(String method, String path, String... headers) {
        RawHttp.Answer expected = without.send(method, path, headers);
        RawHttp.Answer actual = with.send(method, path, headers);
        String request = (method.length() > 40 ? method.substring(0, 40) + "..." : method) + " "
                + (path.length() > 60 ? path.substring(0, 60) + "..." : path);

        if (expected.status() == 405 && !isToken(method)) {
            assertEquals(400, actual.status(), request + ": " + actual);
        } else if (expected.status() == 405) {
            assertTrue(actual.status() == 405 || actual.status() == 501, request + ": " + actual);
        } else {
            assertEquals(expected.status(), actual.status(), request + ": " + actual);
        }
        if (expected.status() != 500) {
            assertNotEquals(500, actual.status(), request + ": " + actual);
        }
        if (!isTheRuntimesOwn(actual, expected)) {
            assertClean(actual, request);
        }
        return actual;
    }

    /**
     * Whether the answer is the one the runtime gives without rest-allow, byte for byte but for the
     * application's path: a server's own error page (Open Liberty's 400 for an encoded slash names the
     * IOException its web container threw) is not rest-allow's to clean.
     */
    private boolean isTheRuntimesOwn(RawHttp.Answer actual, RawHttp.Answer expected) {
        String ownPath = targets.withRestAllow().getPath();
        String otherPath = targets.withoutRestAllow().getPath();
        return actual.status() == expected.status() && !actual.body().isEmpty()
                && actual.body().replace(ownPath, otherPath).equals(expected.body());
    }

    /** RFC 9110 §5.6.2. */
    private static boolean isToken(String method) {
        return method.matches("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    }

    private static void assertClean(RawHttp.Answer answer, String request) {
        String body = answer.body();
        for (String leak : List.of("Exception", "\tat ", "at java.", "at org.", "dev.restallow", "org.glassfish",
                "org.jboss", "org.apache.cxf", "io.quarkus", "<script")) {
            assertFalse(body.contains(leak), request + " leaks '" + leak + "': " + answer);
        }
        String contentType = answer.header("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json") && !body.isEmpty()) {
            JsonObject json;
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                json = reader.readObject();
            }
            assertTrue(json.containsKey("allowed_methods"), request + ": " + body);
            assertTrue(json.containsKey("message") || json.containsKey("detail"), request + ": " + body);
        }
    }

    @Test
    void methodTokensWithSeparatorsOrControlBytes() {
        for (String method : List.of("GE(T", "A,B", "A;B", "A\"B", "A{B}", "A\u0001B", "A\u007fB", "DÉLETE")) {
            RawHttp.Answer answer = assertHandled(method, "users");
            assertFalse(answer.body().contains(method), answer.toString());
        }
    }

    @Test
    void an8KiBMethodName() {
        String method = "X".repeat(8 * 1024);
        RawHttp.Answer answer = assertHandled(method, "users");

        assertFalse(answer.body().contains("XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), "the method is echoed");
    }

    @Test
    void a64KiBPath() {
        assertHandled("DELETE", "users/" + "a".repeat(64 * 1024));
        assertHandled("OPTIONS", "users/" + "a".repeat(64 * 1024));
    }

    @Test
    void invalidPercentEncoding() {
        for (String path : List.of("users/%zz", "users/%", "users/%C3%28", "users%2F7", "users/%00")) {
            assertHandled("DELETE", path);
            assertHandled("POST", path);
            assertHandled("OPTIONS", path);
        }
    }

    @Test
    void crLfAttemptsAreNotReflected() {
        RawHttp.Answer answer = assertHandled("POST", "users/%0D%0AX-Injected:%20yes",
                "Accept: application/problem+json");

        assertNull(answer.header("X-Injected"), answer.toString());
        assertFalse(answer.body().contains("\r\nX-Injected"), answer.toString());
    }

    @Test
    void garbageAndHugeAcceptHeaders() {
        assertHandled("DELETE", "users", "Accept: \u0001\u0002;;;q===,,/*/");
        assertHandled("DELETE", "users", "Accept: " + "text/x-a;q=0.1, ".repeat(10_000) + "application/problem+json");
    }

    @Test
    void originWithoutThePreflightHeaderIsAnOrdinaryOptionsRequest() {
        RawHttp.Answer answer = with.send("OPTIONS", "users", "Origin: http://127.0.0.1:1");

        assertEquals(200, answer.status(), answer.toString());
        assertEquals("GET, HEAD, POST, OPTIONS", answer.header("Allow"));
    }
}
