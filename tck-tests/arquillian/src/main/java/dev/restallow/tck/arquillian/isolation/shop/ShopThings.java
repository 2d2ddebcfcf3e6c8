package dev.restallow.tck.arquillian.isolation.shop;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** The same path as the library's, other methods. */
@Path("things")
public class ShopThings {

    @GET
    public String list() {
        return "shop things";
    }

    @POST
    public String add(String thing) {
        return "added";
    }
}
