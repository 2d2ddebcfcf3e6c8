package dev.restallow.tck.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Application;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/** Resource classes the probe reads in these tests; nothing runs them (the test servers answer by hand). */
final class ShelfResources {

    private ShelfResources() {
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @HttpMethod("PURGE")
    @interface PURGE {
    }

    @Path("shelves")
    public static class Shelves {

        @GET
        public String list() {
            return "";
        }

        @POST
        public String create(String body) {
            return "";
        }

        @GET
        @Path("{id: [0-9]+}")
        public String get(@PathParam("id") long id) {
            return "";
        }

        @DELETE
        @Path("{id: [0-9]+}")
        public void delete(@PathParam("id") long id) {
        }

        @GET
        @Path("special")
        public String special() {
            return "";
        }

        @Path("{id: [0-9]+}/items")
        public Items items(@PathParam("id") long id) {
            return new Items();
        }

        /** The runtime class decides what answers below: the probe cannot see it. */
        @Path("{id: [0-9]+}/anything")
        public Object anything() {
            return new Items();
        }
    }

    /** Reached only through {@link Shelves#items}. */
    public static class Items {

        @GET
        public String list() {
            return "";
        }

        @PURGE
        public String purge() {
            return "";
        }

        @PUT
        @Path("{name}")
        public String put(@PathParam("name") String name) {
            return "";
        }
    }

    /** Declares methods in an interface only (Jakarta REST §3.6 annotation inheritance). */
    public interface LabelsApi {

        @GET
        @Path("{label}")
        String get(@PathParam("label") String label);
    }

    @Path("/labels/")
    public static class Labels implements LabelsApi {

        @Override
        public String get(String label) {
            return label;
        }

        /** Its own @OPTIONS: the automatic answer does not apply here. */
        @OPTIONS
        public String options() {
            return "";
        }
    }

    /** A second root class at the same path as {@link Labels}: §3.7.2 takes both. */
    @Path("labels")
    public static class MoreLabels {

        @POST
        public String create(String body) {
            return "";
        }
    }

    /** A locator back to its own class: the probe does not walk into a class on its own chain again. */
    @Path("tree")
    public static class Tree {

        @GET
        public String get() {
            return "";
        }

        @Path("{child}")
        public Tree child(@PathParam("child") String child) {
            return this;
        }
    }

    /** Names its resources and sits under "api". */
    @ApplicationPath("/api/*")
    public static class ShelfApplication extends Application {

        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(Shelves.class, Labels.class, MoreLabels.class);
        }
    }
}
