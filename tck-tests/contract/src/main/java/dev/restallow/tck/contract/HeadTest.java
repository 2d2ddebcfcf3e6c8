package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import org.junit.jupiter.api.Test;

/** HEAD is served wherever GET is; where it is refused, the 405 carries Allow and no content. */
class HeadTest {

    private final Http http = ContractTargets.current().with();

    @Test
    void headOnAPostOnlyPath() {
        Http.Reply reply = http.send("HEAD", "items/special");

        assertEquals(405, reply.status());
        assertEquals("POST, OPTIONS", reply.header("Allow"));
        assertEquals("", reply.body());
    }

    @Test
    void headWhereGetIsServed() {
        for (String path : new String[] {"users", "orgs/acme/members", "cache"}) {
            Http.Reply reply = http.send("HEAD", path);

            assertEquals(200, reply.status(), path);
            assertEquals("", reply.body(), path);
        }
    }
}
