package dev.restallow.tck.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.probe.ShelfResources.Labels;
import dev.restallow.tck.probe.ShelfResources.MoreLabels;
import dev.restallow.tck.probe.ShelfResources.ShelfApplication;
import dev.restallow.tck.probe.ShelfResources.Shelves;
import dev.restallow.tck.probe.ShelfResources.Tree;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The probe against hand-written servers: one that keeps the contract, and ones that break it in known ways. */
class MethodContractProbeTest {

    private static final List<Class<?>> RESOURCES = List.of(Shelves.class, Labels.class, MoreLabels.class, Tree.class);

    private static final List<String> METHODS_SENT = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
            "OPTIONS", "PURGE");

    @Test
    void aServerThatKeepsTheContractPassesAfterEveryMethodWasSentToEveryPath() throws Exception {
        try (HandWrittenServer server = HandWrittenServer.startRight()) {
            MethodContractProbe probe = MethodContractProbe.forResources(server.base(), RESOURCES);

            probe.assertContract();

            Set<String> expected = new TreeSet<>();
            HandWrittenServer.ALLOW.keySet().forEach(path -> METHODS_SENT.forEach(m -> expected.add(m + " " + path)));
            assertEquals(expected, new TreeSet<>(server.requests()));
            assertEquals(expected.size(), server.requests().size(), "each request once");
        }
    }

    @Test
    void eachBrokenAnswerIsOneFinding() throws Exception {
        UnaryOperator<HandWrittenServer.Answer> breakSome = answer -> switch (answer.method() + " " + answer.path()) {
            case "HEAD labels" -> answer.withAllow(null);
            case "DELETE shelves" -> answer.withAllow("POST,GET,OPTIONS");
            case "OPTIONS shelves/0" -> answer.withBody("application/vnd.sun.wadl+xml", "<application/>");
            case "PUT shelves/0/items/probe" -> answer.withStatus(405).withAllow("OPTIONS").withBody(null, null);
            case "PATCH shelves/special" -> answer.withStatus(200).withAllow(null).withBody("text/plain", "patched");
            case "POST tree" -> answer.withBody("text/html", "<h1>Method Not Allowed</h1>");
            case "PURGE tree" -> answer.withStatus(501);
            default -> answer;
        };
        try (HandWrittenServer server = HandWrittenServer.start(breakSome)) {
            List<Finding> findings = MethodContractProbe.forResources(server.base(), RESOURCES).findings();

            assertEquals(List.of(
                    new Finding("labels", "HEAD", "405, Allow: POST, OPTIONS", "405, no Allow"),
                    new Finding("shelves", "DELETE",
                            "405, Allow: GET, HEAD, POST, OPTIONS, JSON allowed_methods [GET, HEAD, POST, OPTIONS]",
                            "405, Allow: POST,GET,OPTIONS, JSON allowed_methods [GET, HEAD, POST, OPTIONS]"),
                    new Finding("shelves/0", "OPTIONS", "200, Allow: GET, HEAD, DELETE, OPTIONS, no body",
                            "200, Allow: GET, HEAD, DELETE, OPTIONS, application/vnd.sun.wadl+xml body \"<application/>\""),
                    new Finding("shelves/0/items/probe", "PUT", "not 405 or 501 (Allow lists PUT)", "405, Allow: OPTIONS"),
                    new Finding("shelves/special", "PATCH",
                            "405, Allow: GET, HEAD, OPTIONS, JSON allowed_methods [GET, HEAD, OPTIONS]",
                            "200, no Allow, text/plain body \"patched\""),
                    new Finding("tree", "POST",
                            "405, Allow: GET, HEAD, OPTIONS, JSON allowed_methods [GET, HEAD, OPTIONS]",
                            "405, Allow: GET, HEAD, OPTIONS, text/html body \"<h1>Method Not Allowed</h1>\""),
                    new Finding("tree", "PURGE",
                            "405, Allow: GET, HEAD, OPTIONS, JSON allowed_methods [GET, HEAD, OPTIONS]",
                            "501, Allow: GET, HEAD, OPTIONS, JSON allowed_methods [GET, HEAD, OPTIONS]")),
                    findings);
        }
    }

    @Test
    void assertContractFailsOnceWithATableOfTheFindings() throws Exception {
        UnaryOperator<HandWrittenServer.Answer> breakTwo = answer -> switch (answer.method() + " " + answer.path()) {
            case "DELETE shelves" -> answer.withAllow("POST,GET,OPTIONS").withBody(null, null);
            case "GET tree" -> answer.withStatus(405).withAllow("OPTIONS");
            default -> answer;
        };
        try (HandWrittenServer server = HandWrittenServer.start(breakTwo)) {
            MethodContractProbe probe = MethodContractProbe.forResources(server.base(), RESOURCES);

            AssertionFailedError failure = assertThrows(AssertionFailedError.class, probe::assertContract);

            assertEquals("""
                    2 answers from %s break the method contract (Allow = the methods not refused, in canonical order):
                    path    | method | expected                                                                              | got
                    --------+--------+---------------------------------------------------------------------------------------+----------------------------------------------
                    shelves | DELETE | 405, Allow: GET, HEAD, POST, OPTIONS, JSON allowed_methods [GET, HEAD, POST, OPTIONS] | 405, Allow: POST,GET,OPTIONS, no body
                    tree    | GET    | not 405 or 501 (Allow lists GET)                                                      | 405, Allow: OPTIONS, text/plain body "served"
                    """.formatted(server.base()), failure.getMessage());
        }
    }

    @Test
    void aMethodTheResourceRefusesByItsStateIsCheckedAsItsOwn405() throws Exception {
        UnaryOperator<HandWrittenServer.Answer> refuseDelete = answer -> answer.method().equals("DELETE")
                && answer.path().equals("shelves/0")
                ? answer.withStatus(405).withAllow("GET, HEAD, OPTIONS")
                        .withBody("application/json", "{\"allowed_methods\":[\"GET\",\"HEAD\",\"OPTIONS\"]}")
                : answer;
        try (HandWrittenServer server = HandWrittenServer.start(refuseDelete)) {
            MethodContractProbe probe = MethodContractProbe.forResources(server.base(), RESOURCES);

            assertEquals(List.of(new Finding("shelves/0", "DELETE", "not 405 or 501 (Allow lists DELETE)",
                    "405, Allow: GET, HEAD, OPTIONS, JSON allowed_methods [GET, HEAD, OPTIONS]")), probe.findings());
            assertEquals(List.of(), probe.withRefusalByResource("shelves/0", "DELETE").findings());
        }
        UnaryOperator<HandWrittenServer.Answer> refuseDeleteNamingIt = answer -> answer.method().equals("DELETE")
                && answer.path().equals("shelves/0") ? answer.withStatus(405) : answer;
        try (HandWrittenServer server = HandWrittenServer.start(refuseDeleteNamingIt)) {
            MethodContractProbe probe = MethodContractProbe.forResources(server.base(), RESOURCES)
                    .withRefusalByResource("shelves/0", "DELETE");

            assertEquals(List.of(new Finding("shelves/0", "DELETE",
                    "405 refused by the resource, Allow without DELETE, JSON allowed_methods = Allow",
                    "405, no Allow, text/plain body \"served\"")), probe.findings());
        }
    }

    @Test
    void withoutBodyCheckAcceptsEmpty405s() throws Exception {
        UnaryOperator<HandWrittenServer.Answer> noBodies = answer -> answer.status() == 405
                ? answer.withBody(null, null) : answer;
        try (HandWrittenServer server = HandWrittenServer.start(noBodies)) {
            MethodContractProbe probe = MethodContractProbe.forResources(server.base(), RESOURCES);

            long refusedWithBody = HandWrittenServer.ALLOW.values().stream().mapToLong(allow -> METHODS_SENT.stream()
                    .filter(m -> !m.equals("HEAD") && !List.of(allow.split(", ")).contains(m)).count()).sum();
            assertEquals(37, refusedWithBody);
            assertEquals(refusedWithBody, probe.findings().size(), "every 405 but those to HEAD lacks its body");
            assertEquals(List.of(), probe.withoutBodyCheck().findings());
        }
    }

    @Test
    void aGivenPathValueReplacesTheExample() throws Exception {
        MethodContractProbe probe = MethodContractProbe.forResources(URI.create("http://127.0.0.1:1/"), Shelves.class)
                .withPathValue("id", "42").withPathValue("name", "x y;z");

        assertEquals(List.of("shelves", "shelves/42", "shelves/42/items", "shelves/42/items/x%20y%3Bz", "shelves/special"),
                List.copyOf(probe.expectedAllow().keySet()));
        IllegalArgumentException notMatching = assertThrows(IllegalArgumentException.class,
                () -> probe.withPathValue("id", "abc").expectedAllow());
        assertTrue(notMatching.getMessage().contains("'abc' for {id}"), notMatching.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> probe.withPathValue("bookId", "1").expectedAllow());
        assertTrue(unknown.getMessage().contains("{bookId}"), unknown.getMessage());
    }

    @Test
    void aRefusalByResourceMustNameAListedMethod() throws Exception {
        try (HandWrittenServer server = HandWrittenServer.startRight()) {
            MethodContractProbe probe = MethodContractProbe.forResources(server.base(), RESOURCES)
                    .withRefusalByResource("shelves/0", "PUT");

            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, probe::findings);
            assertTrue(failure.getMessage().startsWith("withRefusalByResource(\"shelves/0\", \"PUT\")"), failure.getMessage());
            assertEquals(List.of(), server.requests(), "nothing sent");
        }
    }

    @Test
    void anApplicationNamesItsClassesAndItsPath() {
        MethodContractProbe probe = MethodContractProbe.forApplication(URI.create("http://127.0.0.1:1/ctx"),
                new ShelfApplication());

        assertEquals(MethodContractProbe.forResources(URI.create("http://127.0.0.1:1/ctx/api/"), Shelves.class,
                Labels.class, MoreLabels.class).expectedAllow(), probe.expectedAllow());
        assertThrows(IllegalArgumentException.class, () -> MethodContractProbe.forApplication(
                URI.create("http://127.0.0.1:1/"), new jakarta.ws.rs.core.Application()));
    }
}
