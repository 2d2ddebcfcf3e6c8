package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Automatic OPTIONS answers 200 with the exact Allow of the path and no body: no WADL (JAXB is on
 * this test class path, which switches Jersey's WADL on), no class-wide list.
 */
class AutomaticOptionsTest {

    @RegisterExtension
    static final JerseyApp APP = JerseyApp.of(() -> Deployments.withRestAllow());

    private final Http http = APP.http();

    @Test
    void collection() {
        Http.Reply reply = http.send("OPTIONS", "users");

        assertEquals(200, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertNull(reply.contentType());
        assertEquals("", reply.body());
    }

    @Test
    void itemPathListsOnlyItsOwnMethods() {
        Http.Reply reply = http.send("OPTIONS", "users/42");

        assertEquals(200, reply.status());
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", reply.header("Allow"));
    }

    @Test
    void literalSiblingOfATemplate() {
        assertEquals("POST, OPTIONS", http.send("OPTIONS", "items/special").header("Allow"));
        assertEquals("GET, HEAD, OPTIONS", http.send("OPTIONS", "items/17").header("Allow"));
    }

    @Test
    void anExplicitOptionsMethodAnswersForItself() {
        Http.Reply reply = http.send("OPTIONS", "ping");

        assertEquals(204, reply.status());
        assertEquals("explicit", reply.header("X-Options"));
    }

    @Test
    void unknownPathStays404() {
        assertEquals(404, http.send("OPTIONS", "nowhere").status());
        assertEquals(404, http.send("OPTIONS", "items/abc").status());
    }

    @Test
    void originWithoutPreflightHeaderIsAnOrdinaryOptionsRequest() {
        Http.Reply reply = http.send("OPTIONS", "users", "Origin", "http://127.0.0.1:1");

        assertEquals(200, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertEquals("", reply.body());
    }
}
