package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import dev.restallow.tck.app.StatusKeepingMapper;
import org.junit.jupiter.api.Test;

/** An application's own ExceptionMapper for WebApplicationException keeps its answer; only Allow is made exact. */
class ApplicationMapperTest {

    private final Http http = ContractTargets.current().mapped();

    @Test
    void routing405KeepsTheApplicationBodyWithExactAllow() {
        Http.Reply reply = http.send("DELETE", "users");

        assertEquals(405, reply.status());
        assertEquals(StatusKeepingMapper.BODY, reply.body());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
    }

    @Test
    void belowALocator() {
        Http.Reply reply = http.send("DELETE", "orgs/acme/members");

        assertEquals(405, reply.status());
        assertEquals(StatusKeepingMapper.BODY, reply.body());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
    }

    /** The mapper drops the header of the application's NotAllowedException("GET"): its methods still make the Allow, never the refused PUT. */
    @Test
    void applicationThrownKeepsItsMethods() {
        Http.Reply reply = http.sendWithBody("PUT", "locked", "x", "Content-Type", "text/plain");

        assertEquals(405, reply.status());
        assertEquals(StatusKeepingMapper.BODY, reply.body());
        assertEquals("GET, HEAD, OPTIONS", reply.header("Allow"));
    }

    /** No 501 ahead of the application's mapper: it answers the runtime's 405 for FOO as for any other method. */
    @Test
    void unknownMethodIsTheMappersToo() {
        Http.Reply reply = http.send("FOO", "users");

        assertEquals(405, reply.status());
        assertEquals(StatusKeepingMapper.BODY, reply.body());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
    }

    @Test
    void otherStatusesAreTheMappers() {
        assertEquals(StatusKeepingMapper.BODY, http.send("GET", "nowhere").body());
        assertEquals(404, http.send("GET", "nowhere").status());
    }
}
