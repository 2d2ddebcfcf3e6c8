package com.example.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.jupiter.api.Test;

class NotesResourceTest extends JerseyTest {

    @Override
    protected Application configure() {
        forceSet(TestProperties.CONTAINER_PORT, "0");
        return new NotesApplication();
    }

    @Test
    void listsTheNotes() {
        List<Note> notes = target("notes").request(MediaType.APPLICATION_JSON).get(new GenericType<List<Note>>() { });
        assertEquals(2, notes.size());
        assertEquals("groceries", notes.get(0).title());
    }

    @Test
    void createsReadsUpdatesAndDeletesANote() {
        Response created = target("notes").request().post(Entity.json(new Note(0, "call", "the plumber")));
        assertEquals(201, created.getStatus());
        Note note = created.readEntity(Note.class);
        assertNotNull(created.getLocation());
        assertTrue(created.getLocation().getPath().endsWith("/notes/" + note.id()));

        assertEquals("the plumber", target("notes/" + note.id()).request().get(Note.class).text());

        Response updated = target("notes/" + note.id()).request().put(Entity.json(new Note(0, "call", "the electrician")));
        assertEquals(200, updated.getStatus());
        assertEquals("the electrician", updated.readEntity(Note.class).text());

        assertEquals(204, target("notes/" + note.id()).request().delete().getStatus());
        assertEquals(404, target("notes/" + note.id()).request().get().getStatus());
    }

    @Test
    void aNoteWithoutTitleIsRefused() {
        Response response = target("notes").request().post(Entity.json("{}"));
        assertEquals(400, response.getStatus());
        assertEquals("title is required", response.readEntity(String.class));
    }

    @Test
    void aMissingNoteIs404() {
        assertEquals(404, target("notes/999").request().get().getStatus());
        assertEquals(404, target("notes/999").request().delete().getStatus());
    }

    @Test
    void anUnknownPathIs404() {
        assertEquals(404, target("nothing-here").request().get().getStatus());
    }

    @Test
    void headAnswersLikeGetWithoutBody() {
        Response response = target("notes").request().head();
        assertEquals(200, response.getStatus());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getMediaType());
        assertEquals("", response.readEntity(String.class));
    }

    @Test
    void headOfHealthIsTextWithoutBody() {
        Response response = target("health").request().head();
        assertEquals(200, response.getStatus());
        assertEquals(MediaType.TEXT_PLAIN_TYPE, response.getMediaType());
    }

    @Test
    void optionsAsTextListsTheMethods() {
        Response response = target("notes").request(MediaType.TEXT_PLAIN).options();
        assertEquals(200, response.getStatus());
        assertEquals(MediaType.TEXT_PLAIN_TYPE, response.getMediaType());
        Set<String> listed = methods(response.readEntity(String.class));
        assertEquals(Set.of("GET", "HEAD", "POST", "OPTIONS"), listed);
        assertEquals(Set.of("GET", "HEAD", "POST", "OPTIONS"), response.getAllowedMethods());
    }

    @Test
    void optionsOfANoteAsText() {
        Response response = target("notes/1").request(MediaType.TEXT_PLAIN).options();
        assertEquals(200, response.getStatus());
        assertEquals(Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS"), methods(response.readEntity(String.class)));
    }

    @Test
    void optionsForAnotherTypeIsEmptyAndTypedAsAsked() {
        Response response = target("notes").request("foo/bar").options();
        assertEquals(200, response.getStatus());
        assertEquals(MediaType.valueOf("foo/bar"), response.getMediaType());
        assertEquals("", response.readEntity(String.class));
        assertTrue(response.getAllowedMethods().contains("POST"));
    }

    @Test
    void optionsOfAnUnknownPathIs404() {
        assertEquals(404, target("nothing-here").request(MediaType.TEXT_PLAIN).options().getStatus());
    }

    private static Set<String> methods(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
