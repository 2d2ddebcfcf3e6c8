package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.restallow.http.Deployments;
import dev.restallow.tck.Http;
import dev.restallow.http.JerseyServer;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.junit.jupiter.api.Test;

/**
 * An application that maps WebApplicationException itself keeps its own answers (the Jakarta
 * REST TCK relies on that); rest-allow only makes Allow exact where the answer is still a 405.
 */
class ApplicationExceptionMapperTest {

    /** Keeps the status, drops every header, writes its own body. */
    public static class StatusKeepingMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            return Response.status(exception.getResponse().getStatus())
                    .type(MediaType.TEXT_PLAIN_TYPE).entity("mapped by the application").build();
        }
    }

    /** Turns everything into 500, as the generic mappers in the survey do. */
    public static class EverythingIs500Mapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                    .entity("{\"status\":" + exception.getResponse().getStatus() + "}").build();
        }
    }

    @Test
    void theApplicationBodyIsKeptAndAllowIsMadeExact() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow().register(StatusKeepingMapper.class))) {
            Http.Reply routing = server.http().send("DELETE", "users");
            Http.Reply locator = server.http().send("DELETE", "orgs/acme/members");
            Http.Reply thrown = server.http().sendWithBody("PUT", "locked", "x", "Content-Type", "text/plain");

            assertEquals(405, routing.status());
            assertEquals("mapped by the application", routing.body());
            assertEquals("text/plain", routing.contentType());
            assertEquals("GET, HEAD, POST, OPTIONS", routing.header("Allow"));
            assertEquals("GET, HEAD, POST, OPTIONS", locator.header("Allow"));
            assertEquals("mapped by the application", thrown.body());
            // the mapper dropped the exception's own Allow: its methods are carried over, never the refused PUT
            assertEquals("GET, HEAD, OPTIONS", thrown.header("Allow"));
        }
    }

    @Test
    void aMapperThatChangesTheStatusIsLeftAlone() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow().register(EverythingIs500Mapper.class))) {
            Http.Reply reply = server.http().send("DELETE", "users");

            assertEquals(500, reply.status());
            assertEquals("{\"status\":405}", reply.body());
            assertNull(reply.header("Allow"));
        }
    }
}
