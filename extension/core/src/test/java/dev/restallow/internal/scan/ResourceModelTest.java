package dev.restallow.internal.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.restallow.internal.route.RelativePath;
import dev.restallow.internal.route.ResourceModel;
import dev.restallow.internal.route.RouteLookup;
import dev.restallow.internal.route.RouteTable;
import dev.restallow.internal.route.RouteTableBuilder;
import dev.restallow.testapp.TestApplication;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The route model built from plain data, as the Quarkus extension hands it over, answers as the reflected one. */
class ResourceModelTest {

    private static String allow(RouteTable table, String path) {
        RouteLookup lookup = table.lookup(RelativePath.of(path));
        return lookup instanceof RouteLookup.Match match ? match.allowed().headerValue() : lookup.toString();
    }

    @Path("books")
    public static class Books {
        @GET
        public String list() {
            return "";
        }

        @Path("{id}")
        public Book book() {
            return new Book();
        }
    }

    public static class Book {
        @GET
        public String get() {
            return "";
        }

        @POST
        @Path("loans")
        public String lend() {
            return "";
        }

        @Path("self")
        public Book self() {
            return this;
        }
    }

    @Test
    void reflectionReadsRootsAndLocatorTargetsOnce() {
        ResourceModel model = ResourceClassScanner.read(List.of(Books.class, Books.class, Book.class));

        assertEquals(List.of(
                new ResourceModel.ResourceClass(Books.class.getName(), "books", List.of("GET"), List.of(),
                        List.of(new ResourceModel.Locator("{id}", Books.class.getName() + "#book", Book.class.getName()))),
                new ResourceModel.ResourceClass(Book.class.getName(), null, List.of("GET"),
                        List.of(new ResourceModel.SubResourceMethod("loans", "POST")),
                        List.of(new ResourceModel.Locator("self", Book.class.getName() + "#self", Book.class.getName())))),
                model.classes());
    }

    @Test
    void aModelWrittenByHandGivesTheSameAnswers() {
        ResourceModel model = new ResourceModel(List.of(
                new ResourceModel.ResourceClass("a.Books", "/books/", List.of("GET", "POST"),
                        List.of(new ResourceModel.SubResourceMethod("search", "GET")),
                        List.of(new ResourceModel.Locator("{id: [0-9]+}", "a.Books#book", "a.Book"),
                                new ResourceModel.Locator("plugins/{name}", "a.Books#plugin", null),
                                new ResourceModel.Locator("missing", "a.Books#missing", "a.NotInTheModel"))),
                new ResourceModel.ResourceClass("a.Book", null, List.of("GET", "PUT", "DELETE"),
                        List.of(new ResourceModel.SubResourceMethod("cover", "PURGE")), List.of())), List.of());
        RouteTable table = RouteTableBuilder.build(model);

        assertEquals("GET, HEAD, POST, OPTIONS", allow(table, "books"));
        assertEquals("GET, HEAD, OPTIONS", allow(table, "books/search"));
        assertEquals("GET, HEAD, PUT, DELETE, OPTIONS", allow(table, "books/7"));
        assertEquals("OPTIONS, PURGE", allow(table, "books/7/cover"));
        assertInstanceOf(RouteLookup.NoMatch.class, table.lookup(RelativePath.of("books/x")));
        assertEquals(new RouteLookup.Deferred("a.Books#plugin"), table.lookup(RelativePath.of("books/plugins/x")));
        assertEquals(new RouteLookup.Deferred("a.Books#missing"), table.lookup(RelativePath.of("books/missing")));
        assertEquals(java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PURGE"), table.implementedMethods());
    }

    @Test
    void theTestApplicationGivesTheSameAnswersFromItsModel() {
        RouteTable reflected = RouteTableBuilder.build(ResourceClassScanner.read(TestApplication.resources()));
        ResourceModel model = ResourceClassScanner.read(TestApplication.resources());
        RouteTable fromData = RouteTableBuilder.build(new ResourceModel(List.copyOf(model.classes()), List.of()));

        for (String path : List.of("users", "users/1", "items/12", "items/special", "orgs/a", "orgs/a/members",
                "cache", "tree/x/x/x", "plugins/x", "nowhere")) {
            assertEquals(allow(reflected, path), allow(fromData, path), path);
        }
        assertEquals(reflected.implementedMethods(), fromData.implementedMethods());
    }
}
