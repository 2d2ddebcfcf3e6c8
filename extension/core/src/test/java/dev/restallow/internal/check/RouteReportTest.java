package dev.restallow.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
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

    @Test
    void eachRouteWithItsAllowAndTheMethodsThatAnswerThere() {
        StartupReport report = StartupFindings.report(Books.class);

        assertEquals(List.of(
                new StartupReport.Route("/books", "GET, HEAD, POST, OPTIONS",
                        List.of(Books.class.getName() + "#add", Books.class.getName() + "#list")),
                new StartupReport.Route("/books/plugins/{name}/...", "decided by the runtime (" + Books.class.getName()
                        + "#plugin does not declare which class answers)", List.of(Books.class.getName() + "#plugin")),
                new StartupReport.Route("/books/{id}", "GET, HEAD, PUT, OPTIONS",
                        List.of(Book.class.getName() + "#get", Book.class.getName() + "#put")),
                new StartupReport.Route("/books/{id}/cover", "DELETE, OPTIONS",
                        List.of(Book.class.getName() + "#deleteCover"))), report.routes());
    }

    @Path("probe")
    public static class HeadOnly {
        @HEAD
        public void probe() {
        }
    }

    @Test
    void eachWarningInItsParts() {
        StartupReport report = StartupFindings.report(HeadOnly.class);

        List<StartupReport.Finding> findings = report.warningFindings();
        assertEquals(1, findings.size(), () -> String.valueOf(findings));
        StartupReport.Finding finding = findings.get(0);
        assertEquals("@HEAD without @GET", finding.check());
        assertEquals(List.of(HeadOnly.class.getName() + "#probe"), finding.methods());
        assertEquals("GET /probe", finding.exampleRequest());
        assertEquals(report.warnings(), List.of("rest-allow: " + finding.check() + ": " + finding.detail() + " (methods: "
                + String.join(", ", finding.methods()) + "; example: " + finding.exampleRequest() + ")"));
    }
}
