package dev.restallow.tck.arquillian.isolation.library;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Makes POST a method the library implements, so that POST on its things is a 405, not a 501. */
@Path("loans")
public class LibraryLoans {

    @POST
    public String lend(String thing) {
        return "lent";
    }
}
