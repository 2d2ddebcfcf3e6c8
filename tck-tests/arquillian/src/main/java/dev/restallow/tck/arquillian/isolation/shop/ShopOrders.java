package dev.restallow.tck.arquillian.isolation.shop;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Makes DELETE a method the shop implements, so that DELETE on its things is a 405, not a 501. */
@Path("orders/{id}")
public class ShopOrders {

    @DELETE
    public void cancel(@PathParam("id") String id) {
    }
}
