package dev.restallow.bench.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The target of {@code AuthorsResource#profile}. */
@Produces(MediaType.TEXT_PLAIN)
public class ProfileResource {

    private final String name;

    public ProfileResource(String name) {
        this.name = name;
    }

    @GET
    public String get() {
        return "profile of " + name;
    }

    @PUT
    public String replace(String body) {
        return "replaced";
    }
}
