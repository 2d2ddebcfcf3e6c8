package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paths below sub-resource locators get the Allow of the locator's target class, found by walking
 * the locator's return type (runtimes show those methods to a DynamicFeature late or never).
 */
class SubResourceLocatorTest {

    @RegisterExtension
    static final JerseyApp APP = JerseyApp.of(() -> Deployments.withRestAllow());

    private final Http http = APP.http();

    @Test
    void locatorTargetOwnMethods() {
        Http.Reply reply = http.send("DELETE", "orgs/acme");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, OPTIONS", reply.header("Allow"));
        assertEquals(List.of("GET", "HEAD", "OPTIONS"), reply.jsonStrings("allowed_methods"));
    }

    @Test
    void subResourceMethodsOfTheLocatorTarget() {
        Http.Reply reply = http.send("DELETE", "orgs/acme/members");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertEquals("application/json", reply.contentType());
        assertEquals(200, http.send("GET", "orgs/acme/members").status());
        assertEquals(200, http.send("HEAD", "orgs/acme/members").status());
    }

    @Test
    void automaticOptionsBelowTheLocator() {
        Http.Reply target = http.send("OPTIONS", "orgs/acme");
        Http.Reply members = http.send("OPTIONS", "orgs/acme/members");

        assertEquals(200, target.status());
        assertEquals("GET, HEAD, OPTIONS", target.header("Allow"));
        assertEquals(200, members.status());
        assertEquals("GET, HEAD, POST, OPTIONS", members.header("Allow"));
    }

    @Test
    void recursiveLocatorAtAnyDepth() {
        for (String path : List.of("tree/a", "tree/a/b", "tree/a/b/c/d/e")) {
            Http.Reply reply = http.send("PATCH", path, "Content-Type", "application/json");

            assertEquals(405, reply.status(), path);
            assertEquals("GET, HEAD, OPTIONS", reply.header("Allow"), path);
            assertEquals(200, http.send("GET", path).status(), path);
        }
    }

    @Test
    void underALocatorReturningObjectTheRuntimeAllowIsKeptButCompleted() {
        Http.Reply reply = http.send("PUT", "plugins/p1", "Content-Type", "text/plain");

        assertEquals(405, reply.status());
        // Jersey's own list (it omits HEAD) completed and ordered: the model cannot see the class
        assertEquals("GET, HEAD, DELETE, OPTIONS", reply.header("Allow"));
        assertEquals("application/json", reply.contentType());
        assertEquals(200, http.send("GET", "plugins/p1").status());
        assertEquals(204, http.send("DELETE", "plugins/p1").status());
    }
}
