package dev.restallow.quarkus.deployment.checks;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Resources for the start-up checks at build time: {@link Orders#delete} is hidden at /orders/new by {@link OrderForm}. */
final class CheckedResources {

    private CheckedResources() {
    }

    @Path("orders/{id}")
    public static class Orders {
        @GET
        public String get() {
            return "order";
        }

        @DELETE
        public void delete() {
        }
    }

    @Path("orders/new")
    public static class OrderForm {
        @POST
        public String create() {
            return "created";
        }

        @GET
        public String form() {
            return "form";
        }
    }

    @Path("orders")
    public static class OrderList {
        @GET
        public String list() {
            return "orders";
        }
    }
}
