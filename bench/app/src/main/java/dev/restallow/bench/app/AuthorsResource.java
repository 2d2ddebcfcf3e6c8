package dev.restallow.bench.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /authors}, {@code /authors/{name}}, and a locator to {@link ProfileResource}. */
@Path("authors")
@Produces(MediaType.TEXT_PLAIN)
public class AuthorsResource {

    @GET
    public String list() {
        return "austen,herbert,joyce";
    }

    @GET
    @Path("{name}")
    public String get(@PathParam("name") String name) {
        return "author " + name;
    }

    @POST
    @Path("{name}/books")
    public String addBook(@PathParam("name") String name, String body) {
        return "added";
    }

    @Path("{name}/profile")
    public ProfileResource profile(@PathParam("name") String name) {
        return new ProfileResource(name);
    }
}
