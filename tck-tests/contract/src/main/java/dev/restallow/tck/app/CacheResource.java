package dev.restallow.tck.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("cache")
public class CacheResource {

    @GET
    public String get() {
        return "cached";
    }

    @PURGE
    public String purge() {
        return "purged";
    }
}
