package org.glassfish.jersey.examples.bookstore;

import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The catalogue: books are added, never changed or removed. */
@Path("books")
@Produces(MediaType.APPLICATION_JSON)
public class BooksResource {

    @Inject
    Bookstore store;

    @GET
    public List<Book> all() {
        return store.books();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(Book book) {
        if (book == null || book.isbn() == null) {
            throw new jakarta.ws.rs.BadRequestException("isbn missing");
        }
        if (!store.add(book)) {
            throw new ClientErrorException("book " + book.isbn() + " exists", Response.Status.CONFLICT);
        }
        return Response.status(Response.Status.CREATED).entity(book).build();
    }

    @GET
    @Path("{isbn}")
    public Book one(@PathParam("isbn") String isbn) {
        Book book = store.book(isbn);
        if (book == null) {
            throw new NotFoundException("no book " + isbn);
        }
        return book;
    }
}
