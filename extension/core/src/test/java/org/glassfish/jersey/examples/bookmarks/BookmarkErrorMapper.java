package org.glassfish.jersey.examples.bookmarks;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** An application's own mapper in a package like those of Jersey's example applications. */
public class BookmarkErrorMapper implements ExceptionMapper<WebApplicationException> {

    public static final String BODY = "bookmarks error";

    @Override
    public Response toResponse(WebApplicationException exception) {
        return Response.status(exception.getResponse().getStatus()).type(MediaType.TEXT_PLAIN_TYPE).entity(BODY).build();
    }
}
