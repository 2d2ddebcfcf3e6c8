package dev.restallow.tck.app;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A sub-resource locator returning a concrete class. */
@Path("orgs")
public class OrgsResource {

    @Path("{org}")
    public OrgResource org(@PathParam("org") String org) {
        return new OrgResource(org);
    }
}
