package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A method that no resource of the application implements gets 501 Not Implemented (RFC 9110
 * §9.1) where the runtime would answer 405; rest-allow.unknown-method=405 restores the 405.
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

    @Test
    void aStandardMethodThatTheApplicationNeverImplementsIs501Too() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow())) {
            Http.Reply reply = server.http().send("TRACE", "readonly");

            assertEquals(501, reply.status());
            assertEquals("GET, HEAD, OPTIONS", reply.header("Allow"));
        }
    }
}
