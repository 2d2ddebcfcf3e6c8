package dev.restallow.bench.app;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /books}: GET and POST only, so DELETE there is a routing 405. */
@Path("books")
@Produces(MediaType.TEXT_PLAIN)
public class BooksResource {

    @GET
    public String list() {
        return "dune,emma,ulysses";
    }

    @POST
    public String create(String body) {
        return "created";
    }

    @GET
    @Path("{id: [0-9]+}")
    public String get(@PathParam("id") String id) {
        return "book " + id;
    }

    @PUT
    @Path("{id: [0-9]+}")
    public String replace(@PathParam("id") String id, String body) {
        return "replaced " + id;
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public void delete(@PathParam("id") String id) {
    }
}
