package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.RestAllowFeature;
import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyServer;
import dev.restallow.testapp.TestApplication;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** Configuration keys, their sources, activation and a bad value failing deployment. */
class ConfigurationTest {

    @Test
    void aBadValueFailsDeploymentNamingTheKeyAndTheAllowedValues() {
        ResourceConfig config = Deployments.withRestAllow("rest-allow.body", "xml");

        Throwable failure = assertThrows(RuntimeException.class, () -> new ApplicationHandler(config));
        String messages = messages(failure);
        assertTrue(messages.contains("rest-allow.body"), messages);
        assertTrue(messages.contains("json, problem, none"), messages);
    }

    @Test
    void disabledLeavesTheRuntimeAnswer() {
        try (JerseyServer server = JerseyServer.start(Deployments.withoutRestAllow())) {
            Http.Reply reply = server.http().send("DELETE", "users");

            assertEquals(405, reply.status());
            assertEquals("", reply.body());
            assertNull(reply.contentType());
        }
    }

    @Test
    void explicitRegistrationBesideDiscoveryInstallsOnce() {
        ResourceConfig config = new ResourceConfig(TestApplication.resources()).register(RestAllowFeature.class);
        try (JerseyServer server = JerseyServer.start(config)) {
            Http.Reply reply = server.http().send("DELETE", "users");

            assertEquals(405, reply.status());
            assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
            assertEquals("application/json", reply.contentType());
        }
    }

    @Test
    void aSystemPropertyWinsOverTheApplicationProperty() {
        System.setProperty("rest-allow.body", "problem");
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow("rest-allow.body", "json"))) {
            assertEquals("application/problem+json", server.http().send("DELETE", "users").contentType());
        } finally {
            System.clearProperty("rest-allow.body");
        }
    }

    @Test
    void optionsCanBeLeftToTheRuntime() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow("rest-allow.options", "runtime"))) {
            Http.Reply reply = server.http().send("OPTIONS", "users", "Accept", "text/plain");

            assertEquals(200, reply.status());
            assertTrue(reply.contentType().startsWith("text/plain"), reply.toString());
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
