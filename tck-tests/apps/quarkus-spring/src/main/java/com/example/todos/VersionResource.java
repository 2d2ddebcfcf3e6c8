package com.example.todos;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("version")
public class VersionResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String version() {
        return "1.0";
    }
}
