package com.example.documents;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("documents/{name}")
@Produces(MediaType.TEXT_PLAIN)
public class DocumentsResource {

    @Inject
    Documents documents;

    @GET
    public String read(@PathParam("name") String name) {
        String text = documents.text(name);
        if (text == null) {
            throw new NotFoundException();
        }
        return text;
    }

    @PUT
    @Consumes(MediaType.TEXT_PLAIN)
    public String write(@PathParam("name") String name, String text) {
        if (documents.archived(name)) {
            // an archived document can only be read
            throw new NotAllowedException("GET");
        }
        documents.write(name, text);
        return text;
    }
}
