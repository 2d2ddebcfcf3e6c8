package org.glassfish.jersey.examples.bookstore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;

class BookstoreTest extends JerseyTest {

    @Override
    protected Application configure() {
        forceSet(TestProperties.CONTAINER_PORT, "0");
        return new BookstoreApplication();
    }

    @Test
    void listsBooks() {
        String books = target("books").request(MediaType.APPLICATION_JSON).get(String.class);
        assertEquals(true, books.contains("Effective Java"));
    }

    @Test
    void addsABook() {
        Response response = target("books").request()
                .post(Entity.json("{\"isbn\":\"1\",\"title\":\"T\",\"author\":\"A\"}"));
        assertEquals(201, response.getStatus());
        assertEquals(409, target("books").request()
                .post(Entity.json("{\"isbn\":\"1\",\"title\":\"T\",\"author\":\"A\"}")).getStatus());
    }

    @Test
    void aMissingBookIsMappedTo404Json() {
        Response response = target("books/0").request().get();
        assertEquals(404, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("{\"status\":404,\"error\":\"Not Found\"}", response.readEntity(String.class));
    }

    @Test
    void putOnTheCatalogueIsMappedTo405Json() {
        Response response = target("books").request().put(Entity.json("{}"));
        assertEquals(405, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("{\"status\":405,\"error\":\"Method Not Allowed\"}", response.readEntity(String.class));
    }

    @Test
    void deletingABookIsMappedTo405Json() {
        Response response = target("books/978-0134685991").request().delete();
        assertEquals(405, response.getStatus());
        assertEquals("{\"status\":405,\"error\":\"Method Not Allowed\"}", response.readEntity(String.class));
    }

    @Test
    void anUnknownPathIsMappedTo404Json() {
        Response response = target("authors").request().get();
        assertEquals(404, response.getStatus());
        assertEquals("{\"status\":404,\"error\":\"Not Found\"}", response.readEntity(String.class));
    }
}
