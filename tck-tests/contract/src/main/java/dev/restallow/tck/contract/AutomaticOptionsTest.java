package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import org.junit.jupiter.api.Test;

/** Automatic OPTIONS: 200, exact Allow, no body (no WADL, no text list); explicit @OPTIONS and 404s untouched. */
class AutomaticOptionsTest {

    private final Http http = ContractTargets.current().with();

    @Test
    void noBody() {
        Http.Reply reply = http.send("OPTIONS", "users/7");

        assertEquals(200, reply.status());
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", reply.header("Allow"));
        assertEquals("", reply.body());
        String contentType = reply.contentType();
        assertTrue(contentType == null || !contentType.contains("wadl"), reply.toString());
    }

    @Test
    void locatorTargetsListTheirOwnMethods() {
        assertEquals("GET, HEAD, OPTIONS", http.send("OPTIONS", "orgs/acme").header("Allow"));
        assertEquals("GET, HEAD, POST, OPTIONS", http.send("OPTIONS", "orgs/acme/members").header("Allow"));
    }

    @Test
    void anExplicitOptionsMethodAnswersForItself() {
        Http.Reply reply = http.send("OPTIONS", "ping");

        assertEquals(204, reply.status());
        assertEquals("explicit", reply.header("X-Options"));
    }

    @Test
    void unknownPathsStay404() {
        assertEquals(404, http.send("OPTIONS", "nowhere").status());
        assertEquals(404, http.send("OPTIONS", "items/abc").status());
    }

    @Test
    void originAloneIsNoPreflight() {
        Http.Reply reply = http.send("OPTIONS", "users", "Origin", "http://127.0.0.1:1");

        assertEquals(200, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
    }
}
