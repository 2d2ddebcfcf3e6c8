package com.example.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;

class DocumentsTest extends JerseyTest {

    @Override
    protected Application configure() {
        forceSet(TestProperties.CONTAINER_PORT, "0");
        return new DocumentsApplication();
    }

    @Test
    void aDraftIsWritten() {
        assertEquals("new words", target("documents/draft").request().put(Entity.text("new words"), String.class));
        assertEquals("new words", target("documents/draft").request().get(String.class));
    }

    @Test
    void anArchivedDocumentRefusesPut() {
        Response response = target("documents/archived").request().put(Entity.text("x"));
        assertEquals(405, response.getStatus());
        assertEquals("error 405", response.readEntity(String.class));
        assertEquals("old words", target("documents/archived").request().get(String.class));
    }

    @Test
    void deleteIsRefusedEverywhere() {
        Response response = target("documents/draft").request().delete();
        assertEquals(405, response.getStatus());
        assertEquals("error 405", response.readEntity(String.class));
    }

    @Test
    void aMissingDocumentIs404() {
        Response response = target("documents/none").request().get();
        assertEquals(404, response.getStatus());
        assertEquals("error 404", response.readEntity(String.class));
    }
}
