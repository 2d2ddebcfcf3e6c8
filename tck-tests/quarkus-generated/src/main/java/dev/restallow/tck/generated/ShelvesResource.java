package dev.restallow.tck.generated;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Shelves by number, and their items through a sub-resource locator. {@code /shelves/abc} is inside
 * this class but nothing serves it; below the locator, {@code PUT /shelves/1/items} is a method the
 * target serves only for one item.
 */
@Path("shelves")
public class ShelvesResource {

    @GET
    @Path("{id: [0-9]+}")
    public String shelf(@PathParam("id") long id) {
        return "shelf " + id;
    }

    @Path("{id: [0-9]+}/items")
    public ItemsResource items(@PathParam("id") long id) {
        return new ItemsResource(id);
    }
}
