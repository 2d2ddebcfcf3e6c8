package dev.restallow.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Test only: a resource whose state refuses PUT, naming the methods it allows itself. */
@Path("locked")
public class LockedResource {

    @GET
    public String get() {
        return "locked";
    }

    @PUT
    public String put() {
        throw new NotAllowedException("GET");
    }
}
