package dev.restallow.tck.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** PUT exists but the resource's state forbids it: the application throws its own 405. */
@Path("locked")
public class LockedResource {

    @GET
    public String get() {
        return "locked";
    }

    @PUT
    public String put(String body) {
        throw new NotAllowedException("GET");
    }
}
