package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A client that prefers application/problem+json gets an RFC 9457 body; anything unclear gets the default JSON. */
class ProblemDetailsTest {

    private final ContractTargets targets = ContractTargets.current();
    private final Http http = targets.with();

    @Test
    void problemJsonWhenPreferred() {
        Http.Reply reply = http.send("DELETE", "users", "Accept", "application/problem+json");

        assertEquals(405, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.toString());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        JsonObject problem = reply.json();
        assertEquals("about:blank", problem.getString("type"));
        assertEquals("Method Not Allowed", problem.getString("title"));
        assertEquals(405, problem.getInt("status"));
        assertEquals("DELETE is not supported for this resource", problem.getString("detail"));
        assertEquals(path("users"), problem.getString("instance"));
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"));
        assertEquals(6, problem.size());
    }

    @Test
    void qualityDecides() {
        Http.Reply reply = http.send("DELETE", "users", "Accept", "application/problem+json;q=0.4, application/json;q=0.9");

        assertTrue(reply.contentType().startsWith("application/json"), reply.toString());
        assertEquals("Method Not Allowed", reply.json().getString("error"));
    }

    @Test
    void otherAcceptGetsTheDefault() {
        for (String accept : new String[] {"text/html", "*/*", "application/*"}) {
            assertDefaultBody(http.send("DELETE", "users", "Accept", accept), accept);
        }
    }

    /**
     * A malformed Accept gets the default body wherever the runtime gets as far as its 405.
     * Some runtimes refuse the header before any JAX-RS processing, filters included: RESTEasy's
     * servlet dispatcher parses Accept while it reads the request (ServletUtil#extractHttpHeaders,
     * ResteasyHttpHeaders#testParsing) and answers 400, with or without rest-allow. That status
     * is the runtime's own and stays.
     */
    @Test
    void malformedAcceptGetsTheDefaultWhereTheRuntimeAnswers405() {
        for (String accept : new String[] {";;;,q=x/", "a/b;q=NaN, */*;q=-1"}) {
            Http.Reply runtimeOwn = targets.without().send("DELETE", "users", "Accept", accept);
            Http.Reply reply = http.send("DELETE", "users", "Accept", accept);

            if (runtimeOwn.status() == 405) {
                assertDefaultBody(reply, accept);
            } else {
                assertEquals(runtimeOwn.status(), reply.status(), accept + ": " + reply);
            }
        }
    }

    private static void assertDefaultBody(Http.Reply reply, String accept) {
        assertEquals(405, reply.status(), accept);
        assertTrue(reply.contentType().startsWith("application/json"), accept + ": " + reply);
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"), accept);
    }

    @Test
    void theInstanceIsTheEncodedPath() {
        Http.Reply reply = http.send("POST", "users/%3Cscript%3E%22x", "Accept", "application/problem+json");

        assertEquals(405, reply.status());
        assertEquals(path("users/%3Cscript%3E%22x"), reply.json().getString("instance"));
        assertEquals(-1, reply.body().indexOf('<'));
    }

    private String path(String relative) {
        String base = targets.withRestAllow().toString();
        return URI.create(base.endsWith("/") ? base + relative : base + "/" + relative).getRawPath();
    }
}
