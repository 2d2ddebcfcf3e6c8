package dev.restallow.tck.generated;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The items of one shelf, reached through {@link ShelvesResource#items(long)}: list them, put or
 * change one. (The application's one PATCH: a method it declares nowhere would be rest-allow's 501.)
 */
public class ItemsResource {

    private final long shelf;

    ItemsResource(long shelf) {
        this.shelf = shelf;
    }

    @GET
    public String list() {
        return "items of shelf " + shelf;
    }

    @PUT
    @Path("{item}")
    public String put(@PathParam("item") String item) {
        return item + " put on shelf " + shelf;
    }

    @PATCH
    @Path("{item}")
    public String change(@PathParam("item") String item) {
        return item + " changed on shelf " + shelf;
    }
}
