package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.restallow.http.Deployments;
import dev.restallow.http.JerseyServer;
import dev.restallow.tck.RawHttp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/**
 * A method that is no RFC 9110 token is a malformed request (RFC 9110 §9.1): Grizzly hands it to
 * Jersey, which would answer 405; rest-allow answers 400 with its JSON body and never echoes the method.
 */
class MalformedMethodTest {

    @Test
    void aMethodWithSeparatorsIs400WithTheJsonBody() {
        try (JerseyServer without = JerseyServer.start(Deployments.withoutRestAllow());
                JerseyServer with = JerseyServer.start(Deployments.withRestAllow())) {
            assertEquals(405, new RawHttp(without.base()).send("GE(T", "users").status());

            RawHttp.Answer answer = new RawHttp(with.base()).send("GE(T", "users");

            assertEquals(400, answer.status(), answer.toString());
            assertEquals("application/json", answer.header("Content-Type"));
            assertEquals("{\"error\":\"Bad Request\",\"message\":\"The request method is not a valid HTTP method token\","
                    + "\"allowed_methods\":[\"GET\",\"HEAD\",\"POST\",\"OPTIONS\"]}", answer.body());
            assertFalse(answer.body().contains("GE(T"));
        }
    }

    @Test
    void anUnknownPathStays404() {
        try (JerseyServer with = JerseyServer.start(Deployments.withRestAllow())) {
            assertEquals(404, new RawHttp(with.base()).send("GE(T", "nowhere").status());
        }
    }

    /** A locator declared to return {@code Object}: only Jersey knows, by calling it, what serves below it. */
    @Path("opaque")
    public static class Opaque {
        @Path("{name}")
        public Object named() {
            return new Named();
        }
    }

    public static class Named {
        @GET
        public String get() {
            return "named";
        }
    }

    @Test
    void belowALocatorOnlyTheRuntimeCanFollowTheRuntimes405Becomes400() {
        try (JerseyServer without = JerseyServer.start(new ResourceConfig(Opaque.class).property("rest-allow.enabled", "false"));
                JerseyServer with = JerseyServer.start(new ResourceConfig(Opaque.class))) {
            RawHttp.Answer runtimes = new RawHttp(without.base()).send("GE(T", "opaque/x");
            assertEquals(405, runtimes.status(), runtimes.toString());

            RawHttp.Answer answer = new RawHttp(with.base()).send("GE(T", "opaque/x");

            assertEquals(400, answer.status(), answer.toString());
            assertEquals("GET, HEAD, OPTIONS", answer.header("Allow"));
            assertEquals("application/json", answer.header("Content-Type"));
            assertEquals("{\"error\":\"Bad Request\",\"message\":\"The request method is not a valid HTTP method token\","
                    + "\"allowed_methods\":[\"GET\",\"HEAD\",\"OPTIONS\"]}", answer.body());
            // a method that is a token keeps its 405 there
            assertEquals(405, new RawHttp(with.base()).send("DELETE", "opaque/x").status());
        }
    }
}
