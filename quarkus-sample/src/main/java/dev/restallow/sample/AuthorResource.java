package dev.restallow.sample;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** One author, reached through {@link AuthorsResource#author(String)}. */
@Produces(MediaType.APPLICATION_JSON)
public class AuthorResource {

    /**
     * What the shelf knows about an author.
     *
     * @param name the author's name as asked for
     * @param books how many of the author's books are on the shelf
     */
    public record Author(String name, int books) {
    }

    private final String name;
    private final Bookshelf shelf;

    AuthorResource(String name, Bookshelf shelf) {
        this.name = name;
        this.shelf = shelf;
    }

    @GET
    public Author get() {
        return new Author(name, shelf.byAuthor(name).size());
    }

    @GET
    @Path("books")
    public List<Book> books() {
        return shelf.byAuthor(name);
    }
}
