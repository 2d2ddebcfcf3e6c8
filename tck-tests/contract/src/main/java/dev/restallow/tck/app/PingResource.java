package dev.restallow.tck.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Declares its own OPTIONS method, which must answer instead of the automatic one. */
@Path("ping")
public class PingResource {

    @GET
    public String ping() {
        return "pong";
    }

    @OPTIONS
    public Response options() {
        return Response.noContent().header("X-Options", "explicit").build();
    }
}
