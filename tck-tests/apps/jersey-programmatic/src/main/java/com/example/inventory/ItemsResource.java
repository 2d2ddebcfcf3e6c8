package com.example.inventory;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

@Path("items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    @Inject
    Inventory inventory;

    @GET
    public Map<String, Integer> all() {
        return inventory.levels();
    }

    @POST
    @Path("{name}")
    public Response add(@PathParam("name") String name) {
        inventory.set(name, 0);
        return Response.status(Response.Status.CREATED).entity(Map.of(name, 0)).build();
    }

    @GET
    @Path("{name}")
    public Map<String, Integer> one(@PathParam("name") String name) {
        Integer level = inventory.level(name);
        if (level == null) {
            throw new NotFoundException();
        }
        return Map.of(name, level);
    }

    @DELETE
    @Path("{name}")
    public Response remove(@PathParam("name") String name) {
        return inventory.remove(name) ? Response.noContent().build() : Response.status(404).build();
    }
}
