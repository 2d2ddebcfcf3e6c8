package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Allow on every 405 and automatic OPTIONS is M(P): exactly the methods that do not get 405 at
 * the path, in canonical order, on one line. Checked from outside: every listed method is served,
 * every other standard method is refused.
 */
class ExactAllowTest {

    static final List<String> STANDARD_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** The contract resource set: path → exact Allow. */
    static final Map<String, String> EXPECTED_ALLOW = Map.of(
            "users", "GET, HEAD, POST, OPTIONS",
            "users/7", "GET, HEAD, PUT, PATCH, DELETE, OPTIONS",
            "readonly", "GET, HEAD, OPTIONS",
            "items/5", "GET, HEAD, OPTIONS",
            "items/special", "POST, OPTIONS",
            "orgs/acme", "GET, HEAD, OPTIONS",
            "orgs/acme/members", "GET, HEAD, POST, OPTIONS",
            "cache", "GET, HEAD, OPTIONS, PURGE");

    private final Http http = ContractTargets.current().with();

    @Test
    void automaticOptionsNamesTheExactMethods() {
        EXPECTED_ALLOW.forEach((path, allow) -> {
            Http.Reply reply = http.send("OPTIONS", path);
            assertEquals(200, reply.status(), path + ": " + reply);
            assertEquals(allow, reply.header("Allow"), path);
        });
    }

    @Test
    void every405NamesTheExactMethods() {
        EXPECTED_ALLOW.forEach((path, allow) -> {
            for (String method : STANDARD_METHODS) {
                if (!List.of(allow.split(", ")).contains(method)) {
                    Http.Reply reply = send(method, path);
                    assertEquals(405, reply.status(), method + " " + path + ": " + reply);
                    assertEquals(allow, reply.header("Allow"), method + " " + path);
                }
            }
        });
    }

    @Test
    void everyListedMethodIsServedAndEveryOtherStandardMethodIsRefused() {
        EXPECTED_ALLOW.keySet().forEach(path -> {
            List<String> allowed = List.of(http.send("OPTIONS", path).header("Allow").split(", "));
            for (String method : STANDARD_METHODS) {
                int status = send(method, path).status();
                if (allowed.contains(method)) {
                    assertNotEquals(405, status, method + " " + path + " (Allow: " + allowed + ")");
                } else {
                    assertEquals(405, status, method + " " + path + " (Allow: " + allowed + ")");
                }
            }
        });
    }

    @Test
    void trailingSlashAndMatrixParametersSelectTheSameResource() {
        assertEquals("GET, HEAD, POST, OPTIONS", http.send("DELETE", "users/").header("Allow"));
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", http.send("POST", "users;v=1/7;x=y").header("Allow"));
    }

    /** A body for the methods that carry one, so that only the method decides. */
    private Http.Reply send(String method, String path) {
        return List.of("POST", "PUT", "PATCH").contains(method)
                ? http.sendWithBody(method, path, "{}", "Content-Type", "application/json")
                : http.send(method, path);
    }
}
