package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A NotAllowedException the application throws keeps the methods it names (the resource's state
 * decides), completed with HEAD and OPTIONS and put in canonical order.
 */
class ApplicationThrownNotAllowedTest {

    @RegisterExtension
    static final JerseyApp APP = JerseyApp.of(() -> Deployments.withRestAllow());

    private final Http http = APP.http();

    @Test
    void namedMethodsAreKeptAndNormalised() {
        Http.Reply reply = http.sendWithBody("PUT", "locked", "x", "Content-Type", "text/plain");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, OPTIONS", reply.header("Allow"));
        assertEquals("application/json", reply.contentType());
        assertEquals("Method Not Allowed", reply.json().getString("error"));
        assertEquals("PUT is not supported for this resource", reply.json().getString("message"));
        assertEquals(List.of("GET", "HEAD", "OPTIONS"), reply.jsonStrings("allowed_methods"));
    }

    @Test
    void theRoutingAnswerOfTheSamePathStillListsPut() {
        assertEquals("GET, HEAD, PUT, OPTIONS", http.send("DELETE", "locked").header("Allow"));
    }
}
