package dev.restallow.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.http.Deployments;
import dev.restallow.http.JerseyApp;
import dev.restallow.tck.Http;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every 405 on Jersey is counted in Micrometer's global registry as
 * {@code restallow.method.not.allowed}, tagged with the route template and the method, never with
 * the request path; other answers are not counted.
 */
class MethodNotAllowedMetricsTest {

    private static final String METER = "restallow.method.not.allowed";

    @RegisterExtension
    static final JerseyApp APP = JerseyApp.of(Deployments::withRestAllow);

    private static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();

    private final Http http = APP.http();

    @BeforeAll
    static void addRegistry() {
        Metrics.addRegistry(REGISTRY);
    }

    @AfterAll
    static void removeRegistry() {
        Metrics.removeRegistry(REGISTRY);
        REGISTRY.close();
    }

    private static double count(String route, String method) {
        Counter counter = REGISTRY.find(METER).tag("route", route).tag("method", method).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aRoutingFourOhFiveCountsOnceForItsRouteAndMethod() {
        double before = count("/users", "DELETE");

        Http.Reply reply = http.send("DELETE", "users");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertEquals(before + 1, count("/users", "DELETE"));
    }

    @Test
    void requestsToOneTemplateShareOneCounter() {
        double before = count("/items/special", "PUT");

        for (String path : new String[] {"items/special", "items/special/", "items;x=1/special"}) {
            assertEquals(405, http.send("PUT", path).status(), path);
        }

        assertEquals(before + 3, count("/items/special", "PUT"));
    }

    @Test
    void aTemplateVariableIsCountedByItsTemplateNotItsValue() {
        double before = count("/orgs/{org}/members", "DELETE");

        assertEquals(405, http.send("DELETE", "orgs/acme/members").status());
        assertEquals(405, http.send("DELETE", "orgs/globex/members").status());

        assertEquals(before + 2, count("/orgs/{org}/members", "DELETE"));
        assertTrue(routeTags().stream().noneMatch(route -> route.contains("acme") || route.contains("globex")),
                routeTags().toString());
    }

    @Test
    void aRefusedHeadIsCountedAsHead() {
        double before = count("/items/special", "HEAD");

        assertEquals(405, http.send("HEAD", "items/special").status());

        assertEquals(before + 1, count("/items/special", "HEAD"));
    }

    @Test
    void aMethodDeclaredElsewhereInTheApplicationIsItsOwnTag() {
        double before = count("/users", "PURGE");

        assertEquals(405, http.send("PURGE", "users").status());

        assertEquals(before + 1, count("/users", "PURGE"));
    }

    @Test
    void answersOtherThanFourOhFiveAreNotCounted() {
        double before = total();

        assertEquals(200, http.send("GET", "users").status());
        assertEquals(200, http.send("OPTIONS", "users").status());
        assertEquals(404, http.send("DELETE", "nowhere").status());
        assertEquals(501, http.send("BREW", "users").status());

        assertEquals(before, total());
    }

    @Test
    void theRouteTagsAreTheApplicationsTemplates() {
        http.send("PATCH", "tree/a/b/c/d");
        http.send("PATCH", "tree/a/b/c/d/e/f");

        Set<String> routes = routeTags();
        assertTrue(routes.contains("/tree/{child}/**"), routes.toString());
        assertTrue(routes.stream().allMatch(route -> route.startsWith("/") && !route.contains("/a/")),
                routes.toString());
    }

    private static double total() {
        return REGISTRY.find(METER).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static Set<String> routeTags() {
        Set<String> routes = new TreeSet<>();
        for (Meter meter : REGISTRY.find(METER).meters()) {
            routes.add(meter.getId().getTag("route"));
        }
        return routes;
    }
}
