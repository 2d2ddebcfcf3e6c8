package dev.restallow.tck.arquillian.isolation.library;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The same path as the shop's, other methods. */
@Path("things")
public class LibraryThings {

    @GET
    public String list() {
        return "library things";
    }

    @DELETE
    public void removeAll() {
    }
}
