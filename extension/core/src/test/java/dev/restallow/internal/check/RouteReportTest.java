package dev.restallow.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteReportTest {

    @Path("/books/")
    public static class Books {
        @GET
        public String list() {
            return "";
        }

        @POST
        public void add(String book) {
        }

        @Path("{id}")
        public Book book() {
            return new Book();
        }

        @Path("plugins/{name}")
        public Object plugin() {
            return null;
        }
    }

    public static class Book {
        @GET
        public String get() {
            return "";
        }

        @PUT
        public void put(String book) {
        }

        @DELETE
        @Path("cover")
        public void deleteCover() {
        }
    }

    @Test
    void summaryAndTableOfFullPaths() {
        StartupReport report = StartupFindings.report(Books.class);

        assertEquals("rest-allow: 3 routes, methods GET, HEAD, POST, PUT, DELETE, OPTIONS, 0 warnings", report.summary());
        assertEquals(List.of(
                "/books                    -> GET, HEAD, POST, OPTIONS",
                "/books/plugins/{name}/... -> decided by the runtime (" + Books.class.getName()
                        + "#plugin does not declare which class answers)",
                "/books/{id}               -> GET, HEAD, PUT, OPTIONS",
                "/books/{id}/cover         -> DELETE, OPTIONS"), report.routeTable());
    }
}
