package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A method the server does not recognise (no RFC 9110, PATCH or QUERY method, declared by no
 * resource) gets 501 Not Implemented (RFC 9110 §15.6.2) where the runtime would answer 405;
 * rest-allow.unknown-method=405 restores the 405.
 */
class UnknownMethodTest {

    @Test
    void unknownMethodIs501WithTheAllowOfThePath() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow())) {
            Http.Reply reply = server.http().send("FOO", "users");

            assertEquals(501, reply.status());
            assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
            assertEquals("application/json", reply.contentType());
            assertEquals("Not Implemented", reply.json().getString("error"));
            assertEquals("FOO is not implemented by this server", reply.json().getString("message"));
            assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"));
        }
    }

    @Test
    void unknownMethodOnAnUnknownPathStays404() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow())) {
            assertEquals(404, server.http().send("FOO", "nowhere").status());
        }
    }

    @Test
    void aLongMethodIsNotEchoed() {
        String method = "X".repeat(40);
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow())) {
            Http.Reply reply = server.http().send(method, "users", "Accept", "application/problem+json");

            assertEquals(501, reply.status());
            assertEquals("The request method is not implemented by this server", reply.json().getString("detail"));
            assertEquals(-1, reply.body().indexOf(method));
        }
    }

    @Test
    void configuredBackTo405() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow("rest-allow.unknown-method", "405"))) {
            Http.Reply reply = server.http().send("FOO", "users");

            assertEquals(405, reply.status());
            assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
            assertEquals("FOO is not supported for this resource", reply.json().getString("message"));
        }
    }

    /** RFC 9110 §15.6.2 keeps 501 for methods the server does not recognise: TRACE, CONNECT and QUERY are recognised. */
    @Test
    void aRecognisedMethodThatTheApplicationNeverImplementsIs405() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow())) {
            for (String method : new String[] {"TRACE", "QUERY"}) {
                Http.Reply reply = server.http().send(method, "readonly");

                assertEquals(405, reply.status(), method);
                assertEquals("GET, HEAD, OPTIONS", reply.header("Allow"), method);
                assertEquals(method + " is not supported for this resource", reply.json().getString("message"));
            }
        }
    }
}
