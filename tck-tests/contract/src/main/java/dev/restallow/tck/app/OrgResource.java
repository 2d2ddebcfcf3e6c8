package dev.restallow.tck.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Reached only through {@link OrgsResource#org}; no {@code @Path} of its own. */
public class OrgResource {

    private final String name;

    OrgResource(String name) {
        this.name = name;
    }

    @GET
    public String get() {
        return "org " + name;
    }

    @GET
    @Path("members")
    public String members() {
        return "members of " + name;
    }

    @POST
    @Path("members")
    public String addMember(String member) {
        return "added " + member;
    }
}
