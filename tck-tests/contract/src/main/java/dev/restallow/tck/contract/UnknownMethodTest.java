package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A method that no resource implements gets 501 (RFC 9110 §9.1) where the runtime would say 405; 404 stays 404. */
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
    void unknownPathStays404() {
        assertEquals(404, http.send("FOO", "nowhere").status());
    }
}
