package dev.restallow.tck.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/readonly/")
public class ReadOnlyResource {

    @GET
    public String get() {
        return "read only";
    }
}
