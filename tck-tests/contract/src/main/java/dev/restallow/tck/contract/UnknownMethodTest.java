package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A method the server does not recognise (a token that is no RFC 9110, PATCH or QUERY method and that
 * no resource declares) gets 501 (RFC 9110 §15.6.2) where the runtime would say 405; a recognised
 * method gets 405 even where no resource implements it; 404 stays 404.
 */
class UnknownMethodTest {

    private final Http http = ContractTargets.current().with();

    @Test
    void unknownToken() {
        Http.Reply reply = http.send("FOO", "users");

        assertEquals(501, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertEquals("Not Implemented", reply.json().getString("error"));
        assertEquals("FOO is not implemented by this server", reply.json().getString("message"));
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"));
    }

    @Test
    void longTokensAreNotEchoed() {
        Http.Reply reply = http.send("X".repeat(40), "users");

        assertEquals(501, reply.status());
        assertEquals("The request method is not implemented by this server", reply.json().getString("message"));
    }

    @Test
    void aRecognisedMethodThatNoResourceImplementsIs405() {
        Http.Reply reply = http.send("QUERY", "users");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertEquals("application/json", reply.contentType());
        assertEquals("Method Not Allowed", reply.json().getString("error"));
        assertEquals("QUERY is not supported for this resource", reply.json().getString("message"));
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"));
    }

    @Test
    void aCustomVerbTheApplicationDeclaresElsewhereIs405() {
        Http.Reply reply = http.send("PURGE", "users");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
    }

    @Test
    void unknownPathStays404() {
        assertEquals(404, http.send("FOO", "nowhere").status());
    }
}
