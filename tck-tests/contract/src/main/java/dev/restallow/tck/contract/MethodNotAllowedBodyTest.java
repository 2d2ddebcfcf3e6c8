package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A 405 carries application/json {"error", "message", "allowed_methods"}; the method is echoed only as a token. */
class MethodNotAllowedBodyTest {

    private final Http http = ContractTargets.current().with();

    @Test
    void routing405() {
        Http.Reply reply = http.send("DELETE", "users");

        assertEquals(405, reply.status());
        assertTrue(reply.contentType().startsWith("application/json"), reply.toString());
        JsonObject body = reply.json();
        assertEquals("Method Not Allowed", body.getString("error"));
        assertEquals("DELETE is not supported for this resource", body.getString("message"));
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"));
        assertEquals(3, body.size());
    }

    @Test
    void routing405BelowASubResourceLocator() {
        Http.Reply reply = http.send("DELETE", "orgs/acme/members");

        assertEquals(405, reply.status());
        assertTrue(reply.contentType().startsWith("application/json"), reply.toString());
        assertEquals("DELETE is not supported for this resource", reply.json().getString("message"));
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"));
    }

    @Test
    void methodIsCheckedBeforeMediaType() {
        Http.Reply reply = http.sendWithBody("PUT", "users", "x", "Content-Type", "text/plain");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertEquals("PUT is not supported for this resource", reply.json().getString("message"));
    }

    @Test
    void customVerbsAreListedAfterTheStandardMethods() {
        Http.Reply reply = http.send("DELETE", "cache");

        assertEquals(405, reply.status());
        assertEquals(List.of("GET", "HEAD", "OPTIONS", "PURGE"), reply.jsonStrings("allowed_methods"));
        assertEquals(200, http.send("PURGE", "cache").status());
    }
}
