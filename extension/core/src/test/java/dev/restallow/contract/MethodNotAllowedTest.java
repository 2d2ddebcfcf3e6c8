package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.util.List;

/** A routing 405 carries the exact Allow of the matched path and a JSON body. */
class MethodNotAllowedTest {

    @RegisterExtension
    static final JerseyApp APP = JerseyApp.of(() -> Deployments.withRestAllow());

    private final Http http = APP.http();

    @Test
    void deleteOnCollectionListsGetHeadPostOptions() {
        Http.Reply reply = http.send("DELETE", "users");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        assertEquals("application/json", reply.contentType());
        assertEquals("Method Not Allowed", reply.json().getString("error"));
        assertEquals("DELETE is not supported for this resource", reply.json().getString("message"));
        assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"));
        assertEquals(3, reply.json().size());
    }

    @Test
    void putOnReadOnlyResourceListsGetHeadOptions() {
        Http.Reply reply = http.sendWithBody("PUT", "readonly", "x", "Content-Type", "text/plain");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, OPTIONS", reply.header("Allow"));
        assertEquals("PUT is not supported for this resource", reply.json().getString("message"));
    }

    @Test
    void postOnItemListsEveryDeclaredMethodInCanonicalOrder() {
        Http.Reply reply = http.sendWithBody("POST", "users/7", "{}", "Content-Type", "application/json");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", reply.header("Allow"));
        assertEquals(List.of("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"),
                reply.jsonStrings("allowed_methods"));
    }

    @Test
    void regexTemplateAndLiteralSiblingEachGetTheirOwnAllow() {
        Http.Reply onTemplate = http.send("DELETE", "items/5");
        Http.Reply onLiteral = http.send("GET", "items/special");

        assertEquals(405, onTemplate.status());
        assertEquals("GET, HEAD, OPTIONS", onTemplate.header("Allow"));
        assertEquals(405, onLiteral.status());
        assertEquals("POST, OPTIONS", onLiteral.header("Allow"));
        assertEquals("GET is not supported for this resource", onLiteral.json().getString("message"));
    }

    @Test
    void methodIsCheckedBeforeMediaType() {
        Http.Reply reply = http.sendWithBody("PUT", "users", "x", "Content-Type", "text/plain");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
    }

    @Test
    void trailingSlashAndMatrixParametersSelectTheSameResource() {
        assertEquals("GET, HEAD, POST, OPTIONS", http.send("DELETE", "users/").header("Allow"));
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", http.send("POST", "users;v=1/7;x=y").header("Allow"));
    }

    @Test
    void everyListedMethodIsServedAndEveryOtherStandardMethodIsRefused() {
        String[] standard = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
        for (String path : new String[] {"users", "users/1", "readonly", "items/5", "items/special",
                "orgs/acme", "orgs/acme/members", "cache", "tree/a/b"}) {
            String allow = http.send("OPTIONS", path).header("Allow");
            List<String> allowed = List.of(allow.split(", "));
            for (String method : standard) {
                int status = List.of("POST", "PUT", "PATCH").contains(method)
                        ? http.sendWithBody(method, path, "{}", "Content-Type", "application/json").status()
                        : http.send(method, path).status();
                if (allowed.contains(method)) {
                    assertNotEquals(405, status, method + " " + path + " (Allow: " + allow + ")");
                } else {
                    assertEquals(405, status, method + " " + path + " (Allow: " + allow + ")");
                }
            }
        }
    }
}
