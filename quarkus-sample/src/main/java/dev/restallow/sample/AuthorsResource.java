package dev.restallow.sample;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The authors of the books on the shelf; each one is served by a sub-resource. */
@Path("authors")
public class AuthorsResource {

    @Path("{author}")
    public AuthorResource author(@PathParam("author") String author) {
        return new AuthorResource(author, Bookshelf.SHARED);
    }
}
