package dev.restallow.testapp;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A locator returning Object: only the runtime knows what answers below it. */
@Path("plugins")
public class PluginsResource {

    @Path("{name}")
    public Object plugin(@PathParam("name") String name) {
        return new Plugin();
    }

    public static class Plugin {
        @GET
        public String get() {
            return "plugin";
        }

        @DELETE
        public void remove() {
        }
    }
}
