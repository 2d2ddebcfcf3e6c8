package dev.restallow.tck.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A regex template beside a literal sibling: the literal wins for "special" (§3.7.2). */
@Path("items")
public class ItemsResource {

    @GET
    @Path("{id: [0-9]+}")
    public String get(@PathParam("id") long id) {
        return "item " + id;
    }

    @POST
    @Path("special")
    public String special(String body) {
        return "special";
    }
}
