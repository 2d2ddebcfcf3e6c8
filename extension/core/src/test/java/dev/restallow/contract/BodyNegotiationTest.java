package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyApp;
import dev.restallow.http.JerseyServer;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The 405 body is application/json by default, RFC 9457 application/problem+json when the client
 * prefers it or configuration asks for it, and absent with rest-allow.body=none.
 */
class BodyNegotiationTest {

    @RegisterExtension
    static final JerseyApp DEFAULTS = JerseyApp.of(Deployments::withRestAllow);

    @Test
    void problemJsonWhenTheClientPrefersIt() {
        Http.Reply reply = DEFAULTS.http().send("DELETE", "users", "Accept", "application/problem+json");

        assertEquals(405, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        JsonObject problem = reply.json();
        assertEquals("about:blank", problem.getString("type"));
        assertEquals("Method Not Allowed", problem.getString("title"));
        assertEquals(405, problem.getInt("status"));
        assertEquals("DELETE is not supported for this resource", problem.getString("detail"));
        assertEquals("/users", problem.getString("instance"));
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"));
        assertEquals(6, problem.size());
    }

    @Test
    void jsonWhenTheClientRanksItHigher() {
        Http.Reply reply = DEFAULTS.http().send("DELETE", "users",
                "Accept", "application/problem+json;q=0.4, application/json;q=0.9");

        assertEquals("application/json", reply.contentType());
        assertEquals("Method Not Allowed", reply.json().getString("error"));
    }

    @Test
    void theDefaultForOtherOrMalformedAccept() {
        for (String accept : new String[] {"text/html", "*/*", "application/*", ";;;,q=x/", "a/b;q=NaN, */*;q=-1"}) {
            Http.Reply reply = DEFAULTS.http().send("DELETE", "users", "Accept", accept);

            assertEquals(405, reply.status(), accept);
            assertEquals("application/json", reply.contentType(), accept);
            assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"), accept);
            assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"), accept);
        }
    }

    @Test
    void problemJsonByConfigurationUnlessTheClientPrefersJson() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow("rest-allow.body", "problem"))) {
            Http.Reply byDefault = server.http().send("DELETE", "orgs/acme");
            Http.Reply json = server.http().send("DELETE", "orgs/acme", "Accept", "application/json");

            assertEquals("application/problem+json", byDefault.contentType());
            assertEquals("/orgs/acme", byDefault.json().getString("instance"));
            assertEquals(List.of("GET", "HEAD", "OPTIONS"), byDefault.jsonStrings("allowed_methods"));
            assertEquals("application/json", json.contentType());
        }
    }

    @Test
    void noBodyByConfiguration() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow("rest-allow.body", "none"))) {
            Http.Reply reply = server.http().send("DELETE", "users", "Accept", "application/problem+json");

            assertEquals(405, reply.status());
            assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
            assertNull(reply.contentType());
            assertEquals("", reply.body());
        }
    }

    @Test
    void theInstanceIsTheEncodedPathAndNotRawInput() {
        Http.Reply reply = DEFAULTS.http().send("POST", "users/%3Cscript%3E%22x", "Accept", "application/problem+json");

        assertEquals(405, reply.status());
        assertEquals("/users/%3Cscript%3E%22x", reply.json().getString("instance"));
        assertEquals(-1, reply.body().indexOf('<'));
    }
}
