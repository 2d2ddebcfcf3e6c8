package dev.restallow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.http.Deployments;
import dev.restallow.http.JerseyServer;
import dev.restallow.tck.Http;
import org.glassfish.jersey.examples.bookmarks.BookmarkErrorMapper;
import org.junit.jupiter.api.Test;

/**
 * An application's mapper is the application's whatever package it lives in: one in
 * {@code org.glassfish.jersey.examples...} answers every 405 (and the 405 of a method no resource
 * implements) as it would without rest-allow, with only Allow made exact.
 */
class ApplicationMapperInAVendorPackageTest {

    @Test
    void itAnswersTheRouting405() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow().register(BookmarkErrorMapper.class))) {
            Http.Reply reply = server.http().send("DELETE", "users");

            assertEquals(405, reply.status());
            assertEquals("text/plain", reply.contentType());
            assertEquals(BookmarkErrorMapper.BODY, reply.body());
            assertEquals("GET, HEAD, POST, OPTIONS", reply.header("Allow"));
        }
    }

    @Test
    void itAnswersAnUnknownMethodAsTheRuntimes405() {
        try (JerseyServer server = JerseyServer.start(Deployments.withRestAllow().register(BookmarkErrorMapper.class))) {
            Http.Reply reply = server.http().send("BREW", "users");

            assertEquals(405, reply.status());
            assertEquals(BookmarkErrorMapper.BODY, reply.body());
        }
    }
}
