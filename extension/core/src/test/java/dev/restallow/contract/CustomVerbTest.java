package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A custom verb (an annotation meta-annotated with @HttpMethod) is listed after the standard methods. */
class CustomVerbTest {

    @RegisterExtension
    static final JerseyApp APP = JerseyApp.of(() -> Deployments.withRestAllow());

    private final Http http = APP.http();

    @Test
    void customVerbIsServed() {
        Http.Reply reply = http.send("PURGE", "cache");

        assertEquals(200, reply.status());
        assertEquals("purged", reply.body());
    }

    @Test
    void customVerbIsListedAfterTheStandardOnes() {
        Http.Reply reply = http.send("DELETE", "cache");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, OPTIONS, PURGE", reply.header("Allow"));
        assertEquals(List.of("GET", "HEAD", "OPTIONS", "PURGE"), reply.jsonStrings("allowed_methods"));
        assertEquals("GET, HEAD, OPTIONS, PURGE", http.send("OPTIONS", "cache").header("Allow"));
    }

    @Test
    void customVerbOnAResourceWithoutItIs405BecauseTheApplicationImplementsIt() {
        Http.Reply reply = http.send("PURGE", "readonly");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, OPTIONS", reply.header("Allow"));
        assertEquals("PURGE is not supported for this resource", reply.json().getString("message"));
    }
}
