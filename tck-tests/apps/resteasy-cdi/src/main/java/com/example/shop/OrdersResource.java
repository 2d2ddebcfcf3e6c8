package com.example.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    @Inject
    OrderBook book;

    @GET
    public List<Order> all() {
        return book.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(Order order) {
        if (order == null || order.item() == null || order.quantity() < 1) {
            return Response.status(422).type(MediaType.TEXT_PLAIN).entity("item and quantity are required").build();
        }
        return Response.status(Response.Status.CREATED).entity(book.place(order.item(), order.quantity())).build();
    }

    @GET
    @Path("{id}")
    public Order one(@PathParam("id") long id) {
        return book.find(id).orElseThrow(NotFoundException::new);
    }

    /** Cancelling keeps the order, in state "cancelled". */
    @DELETE
    @Path("{id}")
    public Order cancel(@PathParam("id") long id) {
        return book.cancel(id).orElseThrow(NotFoundException::new);
    }
}
