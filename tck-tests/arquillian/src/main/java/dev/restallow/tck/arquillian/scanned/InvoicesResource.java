package dev.restallow.tck.arquillian.scanned;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Reached only through {@link AccountResource#invoices}; no {@code @Path} of its own. */
@Produces(MediaType.TEXT_PLAIN)
public class InvoicesResource {

    private final String account;

    InvoicesResource(String account) {
        this.account = account;
    }

    @GET
    public String list() {
        return "invoices of " + account;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public String create(String invoice) {
        return "created " + invoice;
    }

    @GET
    @Path("{id}")
    public String one(@PathParam("id") String id) {
        return "invoice " + id;
    }

    @DELETE
    @Path("{id}")
    public String cancel(@PathParam("id") String id) {
        return "cancelled " + id;
    }
}
