package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Automatic OPTIONS: 200 and the exact Allow; the body follows the runtime's convention for the
 * request's Accept with rest-allow's list in it (the list as text/plain when asked for, no WADL
 * unless asked for by name, else no body); explicit @OPTIONS and 404s untouched.
 */
class AutomaticOptionsTest {

    /** The WADL root element; GlassFish's JAXB writes it with a namespace prefix ({@code <ns0:application>}). */
    private static final Pattern WADL_APPLICATION = Pattern.compile("<(\\w+:)?application[\\s>]");

    private final Http http = ContractTargets.current().with();

    @Test
    void noBody() {
        Http.Reply reply = http.send("OPTIONS", "users/7");

        assertEquals(200, reply.status());
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", reply.header("Allow"));
        assertEquals("", reply.body());
        String contentType = reply.contentType();
        assertTrue(contentType == null || !contentType.contains("wadl"), reply.toString());
    }

    @Test
    void thePlainTextListWhenAskedFor() {
        for (String accept : List.of("text/plain", "text/*", "application/json;q=0.5, text/plain")) {
            Http.Reply reply = http.send("OPTIONS", "users/7", "Accept", accept);

            assertEquals(200, reply.status(), accept);
            assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", reply.header("Allow"), accept);
            assertTrue(reply.contentType().startsWith("text/plain"), accept + ": " + reply);
            assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", reply.body(), accept);
        }
    }

    /** Jersey's generic OPTIONS answers any other named type with an empty body of that type; the others send none. */
    @Test
    void anyOtherTypeGetsNoBodyTypedAsTheRuntimeTypesIt() {
        for (String accept : List.of("foo/bar", "application/json", "text/html, */*;q=0.8")) {
            Http.Reply runtimes = ContractTargets.current().without().send("OPTIONS", "users/7", "Accept", accept);
            Http.Reply reply = http.send("OPTIONS", "users/7", "Accept", accept);

            assertEquals(200, reply.status(), accept);
            assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", reply.header("Allow"), accept);
            assertEquals("", reply.body(), accept);
            String expectedType = runtimes.status() == 200 && runtimes.body().isEmpty() ? runtimes.contentType() : null;
            assertEquals(expectedType, reply.contentType(), accept + ": " + runtimes);
        }
    }

    /** WADL only where the client names it: then it is the runtime's own document (Jersey's), with the exact Allow. */
    @Test
    void wadlOnlyWhenAskedForByName() {
        Http.Reply runtimes = ContractTargets.current().without()
                .send("OPTIONS", "users/7", "Accept", "application/vnd.sun.wadl+xml");
        Http.Reply reply = http.send("OPTIONS", "users/7", "Accept", "application/vnd.sun.wadl+xml");

        assertEquals(200, reply.status());
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", reply.header("Allow"));
        String runtimeType = runtimes.contentType();
        if (runtimeType != null && runtimeType.contains("wadl")) {
            assertEquals(runtimeType, reply.contentType());
            assertTrue(WADL_APPLICATION.matcher(reply.body()).find(), reply.toString());
        } else {
            assertEquals("", reply.body());
        }
    }

    @Test
    void locatorTargetsListTheirOwnMethods() {
        assertEquals("GET, HEAD, OPTIONS", http.send("OPTIONS", "orgs/acme").header("Allow"));
        assertEquals("GET, HEAD, POST, OPTIONS", http.send("OPTIONS", "orgs/acme/members").header("Allow"));
    }

    @Test
    void anExplicitOptionsMethodAnswersForItself() {
        Http.Reply reply = http.send("OPTIONS", "ping");

        assertEquals(204, reply.status());
        assertEquals("explicit", reply.header("X-Options"));
    }

    @Test
    void unknownPathsStay404() {
        assertEquals(404, http.send("OPTIONS", "nowhere").status());
        assertEquals(404, http.send("OPTIONS", "items/abc").status());
    }

    @Test
    void originAloneIsNoPreflight() {
        Http.Reply reply = http.send("OPTIONS", "users", "Origin", "http://127.0.0.1:1");

        assertEquals(200, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
    }
}
