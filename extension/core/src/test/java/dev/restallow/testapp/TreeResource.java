package dev.restallow.testapp;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A locator whose target locates itself: /tree/a/b/c/... (the model must stay finite). */
@Path("tree")
public class TreeResource {

    @Path("{child}")
    public Node child(@PathParam("child") String child) {
        return new Node(child);
    }

    public static class Node {
        private final String name;

        Node(String name) {
            this.name = name;
        }

        @GET
        public String get() {
            return "node " + name;
        }

        @Path("{child}")
        public Node child(@PathParam("child") String child) {
            return new Node(name + "/" + child);
        }
    }
}
