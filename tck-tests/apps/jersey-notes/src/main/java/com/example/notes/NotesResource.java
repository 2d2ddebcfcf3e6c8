package com.example.notes;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotesResource {

    @Inject
    NoteStore store;

    @GET
    public List<Note> list() {
        return store.all();
    }

    @POST
    public Response create(Note note, @Context UriInfo uri) {
        if (note == null || note.title() == null) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN).entity("title is required").build();
        }
        Note created = store.add(note.title(), note.text());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public Note get(@PathParam("id") long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("no note " + id));
    }

    @PUT
    @Path("{id}")
    public Note update(@PathParam("id") long id, Note note) {
        if (note == null || note.title() == null) {
            throw new jakarta.ws.rs.BadRequestException("title is required");
        }
        return store.replace(id, note.title(), note.text()).orElseThrow(() -> new NotFoundException("no note " + id));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        if (!store.remove(id)) {
            throw new NotFoundException("no note " + id);
        }
        return Response.noContent().build();
    }
}
