package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a Servlet container Jersey sends entity-less errors through sendError, which makes the
 * container's HTML error page (Payara, GlassFish). rest-allow's 405s never become such a page.
 */
class ServletErrorPageTest {

    @Test
    void the405IsJsonNotAnHtmlErrorPage() {
        try (JerseyServer server = JerseyServer.startServlet(Deployments.withRestAllow())) {
            Http.Reply reply = server.http().send("DELETE", "users");

            assertEquals(405, reply.status());
            assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
            assertEquals("application/json", reply.contentType());
            assertEquals(List.of("GET", "HEAD", "POST", "OPTIONS"), reply.jsonStrings("allowed_methods"));
        }
    }

    @Test
    void headGetsTheHeadersOfTheJsonAnswerAndNoContent() {
        try (JerseyServer server = JerseyServer.startServlet(Deployments.withRestAllow())) {
            Http.Reply head = server.http().send("HEAD", "items/special");

            assertEquals(405, head.status());
            assertEquals("POST, OPTIONS", head.header("Allow"));
            assertEquals("application/json", head.contentType());
            assertEquals("", head.body());
        }
    }

    /** rest-allow.body=none is the spec's empty 405; Jersey needs its own switch to keep it empty on Servlet. */
    @Test
    void bodyNoneWithJerseysStatusOverSendError() {
        try (JerseyServer server = JerseyServer.startServlet(Deployments.withRestAllow("rest-allow.body", "none",
                "jersey.config.server.response.setStatusOverSendError", true))) {
            Http.Reply delete = server.http().send("DELETE", "users");

            assertEquals(405, delete.status());
            assertEquals("GET, HEAD, POST, OPTIONS", delete.header("Allow"));
            assertNull(delete.contentType());
            assertEquals("", delete.body());
        }
    }
}
