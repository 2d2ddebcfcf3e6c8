package dev.restallow.tck.arquillian.scanned;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * A root resource class whose only member is a sub-resource locator: no runtime shows it to a
 * DynamicFeature, and RESTEasy lists it only in its own deployment, which Open Liberty hides.
 */
@Path("accounts/{account}")
public class AccountResource {

    @Path("invoices")
    public InvoicesResource invoices(@PathParam("account") String account) {
        return new InvoicesResource(account);
    }
}
