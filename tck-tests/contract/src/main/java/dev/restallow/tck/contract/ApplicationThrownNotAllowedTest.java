package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A NotAllowedException("GET") thrown by the application keeps its methods, completed and ordered. */
class ApplicationThrownNotAllowedTest {

    private final Http http = ContractTargets.current().with();

    @Test
    void namedMethodsAreKeptAndCompleted() {
        Http.Reply reply = http.sendWithBody("PUT", "locked", "x", "Content-Type", "text/plain");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, OPTIONS", reply.header("Allow"));
        assertEquals("PUT is not supported for this resource", reply.json().getString("message"));
        assertEquals(List.of("GET", "HEAD", "OPTIONS"), reply.jsonStrings("allowed_methods"));
    }

    @Test
    void routingOnTheSamePathStillListsPut() {
        assertEquals("GET, HEAD, PUT, OPTIONS", http.send("DELETE", "locked").header("Allow"));
    }
}
