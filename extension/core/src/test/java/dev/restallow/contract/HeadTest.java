package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * HEAD is served wherever GET is; where it is refused, the 405 has Allow and no content, with the
 * header fields a GET would get (RFC 9110 §9.3.2).
 */
class HeadTest {

    @RegisterExtension
    static final JerseyApp APP = JerseyApp.of(() -> Deployments.withRestAllow());

    private final Http http = APP.http();

    @Test
    void headOnAPostOnlyPathIs405WithoutBody() {
        Http.Reply reply = http.send("HEAD", "items/special");

        assertEquals(405, reply.status());
        assertEquals("POST, OPTIONS", reply.header("Allow"));
        assertEquals("", reply.body());
        assertEquals("application/json", reply.contentType());
    }

    @Test
    void headWhereGetIsServed() {
        Http.Reply reply = http.send("HEAD", "users");

        assertEquals(200, reply.status());
        assertEquals("", reply.body());
    }
}
