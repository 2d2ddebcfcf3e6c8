package dev.restallow.sample;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The books: list, search, create, read, replace, update, delete, lend. */
@Path("books")
@Produces(MediaType.APPLICATION_JSON)
public class BooksResource {

    private final Bookshelf shelf = Bookshelf.SHARED;

    @GET
    public List<Book> list() {
        return shelf.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(BookInput input, @Context UriInfo uriInfo) {
        Book book = shelf.add(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(book.id())).build())
                .entity(book)
                .build();
    }

    @GET
    @Path("search")
    public List<Book> search(@QueryParam("q") String text) {
        return shelf.search(text);
    }

    @GET
    @Path("{id: [0-9]+}")
    public Book get(@PathParam("id") long id) {
        return shelf.find(id).orElseThrow(() -> notFound(id));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Book replace(@PathParam("id") long id, BookInput input) {
        return shelf.replace(id, input).orElseThrow(() -> notFound(id));
    }

    @PATCH
    @Path("{id: [0-9]+}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Book update(@PathParam("id") long id, BookInput changes) {
        return shelf.update(id, changes::applyTo).orElseThrow(() -> notFound(id));
    }

    /** Records that the book was lent out; a path that takes only POST. */
    @POST
    @Path("{id: [0-9]+}/loans")
    public Response lend(@PathParam("id") long id) {
        shelf.find(id).orElseThrow(() -> notFound(id));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id) {
        if (!shelf.remove(id)) {
            throw notFound(id);
        }
        return Response.noContent().build();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no book " + id);
    }
}
