package dev.restallow.tck.app;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("users")
@Produces(MediaType.TEXT_PLAIN)
public class UsersResource {

    @GET
    public String list() {
        return "alice,bob";
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        return Response.status(Response.Status.CREATED).header("Location", "users/3").entity("created").build();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return "user " + id;
    }

    @PUT
    @Path("{id}")
    public String replace(@PathParam("id") String id) {
        return "replaced " + id;
    }

    @PATCH
    @Path("{id}")
    public String patch(@PathParam("id") String id) {
        return "patched " + id;
    }

    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") String id) {
    }
}
