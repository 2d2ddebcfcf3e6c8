package com.example.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;

class InventoryTest extends JerseyTest {

    @Override
    protected Application configure() {
        forceSet(TestProperties.CONTAINER_PORT, "0");
        return new InventoryApplication();
    }

    @Test
    void statusIsOpenThenClosed() {
        assertEquals("open", target("status").request().get(String.class));
        Response put = target("status").request().put(Entity.text("closed"));
        assertEquals(200, put.getStatus());
        assertEquals("closed", target("status").request().get(String.class));
        assertEquals(400, target("status").request().put(Entity.text("ajar")).getStatus());
    }

    @Test
    void stockLevelsAreReadAndPatched() throws Exception {
        assertEquals("40", target("stock/bolts").request().get(String.class));
        // HttpURLConnection (the test client's connector) cannot send PATCH
        HttpResponse<String> patched = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(getBaseUri().resolve("stock/bolts")).header("Content-Type", "text/plain")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("41")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, patched.statusCode());
        assertEquals("41", patched.body());
        assertEquals("41", target("stock/bolts").request().get(String.class));
        assertEquals(404, target("stock/washers").request().get().getStatus());
    }

    @Test
    void itemsAreAnnotatedResources() {
        assertTrue(target("items").request().get(String.class).contains("\"nuts\":12"));
        assertEquals(201, target("items/washers").request().post(Entity.text("")).getStatus());
        assertEquals(204, target("items/washers").request().delete().getStatus());
        assertEquals(404, target("items/washers").request().get().getStatus());
    }

    @Test
    void deletingTheStatusIsNotAllowed() {
        Response response = target("status").request().delete();
        assertEquals(405, response.getStatus());
        assertTrue(response.getAllowedMethods().containsAll(Set.of("GET", "PUT")));
    }

    @Test
    void optionsOfTheStatusAsText() {
        Response response = target("status").request(MediaType.TEXT_PLAIN).options();
        assertEquals(200, response.getStatus());
        assertEquals(MediaType.TEXT_PLAIN_TYPE, response.getMediaType());
        Set<String> listed = Arrays.stream(response.readEntity(String.class).split(","))
                .map(String::trim).collect(Collectors.toSet());
        assertEquals(Set.of("GET", "HEAD", "PUT", "OPTIONS"), listed);
    }

    @Test
    void headOfTheStatus() {
        Response response = target("status").request().head();
        assertEquals(200, response.getStatus());
        assertEquals(MediaType.TEXT_PLAIN_TYPE, response.getMediaType());
    }
}
