package dev.restallow.internal.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.restallow.internal.scan.ResourceClassScanner;
import dev.restallow.testapp.TestApplication;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The route model selects resources the way §3.7.2 does and knows where it cannot know. */
class RouteTableTest {

    private static final RouteTable TEST_APP = RouteTableBuilder.build(ResourceClassScanner.read(TestApplication.resources()));

    private static String allow(RouteTable table, String path) {
        RouteLookup lookup = table.lookup(RelativePath.of(path));
        return lookup instanceof RouteLookup.Match match ? match.allowed().headerValue() : lookup.toString();
    }

    @Test
    void rootSubResourceAndLocatorPaths() {
        assertEquals("GET, HEAD, POST, OPTIONS", allow(TEST_APP, "users"));
        assertEquals("GET, HEAD, POST, OPTIONS", allow(TEST_APP, "users/"));
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", allow(TEST_APP, "users/1"));
        assertEquals("GET, HEAD, OPTIONS", allow(TEST_APP, "items/12"));
        assertEquals("POST, OPTIONS", allow(TEST_APP, "items/special"));
        assertEquals("GET, HEAD, OPTIONS", allow(TEST_APP, "orgs/a"));
        assertEquals("GET, HEAD, POST, OPTIONS", allow(TEST_APP, "orgs/a/members"));
        assertEquals("GET, HEAD, OPTIONS, PURGE", allow(TEST_APP, "cache"));
    }

    @Test
    void matrixParametersAreIgnored() {
        assertEquals("GET, HEAD, PUT, PATCH, DELETE, OPTIONS", allow(TEST_APP, "users;a=b/1;c=d"));
    }

    @Test
    void unmatchedPaths() {
        for (String path : List.of("", "nowhere", "items/abc", "items", "orgs", "users/1/extra", "orgs/a/members/x")) {
            assertInstanceOf(RouteLookup.NoMatch.class, TEST_APP.lookup(RelativePath.of(path)), path);
        }
    }

    @Test
    void anEmptyFirstSegmentMatchesNoTemplate() {
        assertEquals(RouteLookup.NO_MATCH, TEST_APP.lookup(RelativePath.of("/users")));
        assertEquals(RouteLookup.NO_MATCH, TEST_APP.lookup(RelativePath.of("//users")));
    }

    @Test
    void anUnmatchedPathSaysWhetherAResourceClassWasSelected() {
        for (String path : List.of("items/abc", "items", "users/1/extra", "orgs/a/members/x")) {
            assertEquals(RouteLookup.NO_MATCH_INSIDE_RESOURCE_CLASS, TEST_APP.lookup(RelativePath.of(path)), path);
        }
        for (String path : List.of("", "nowhere", "itemsx/1")) {
            assertEquals(RouteLookup.NO_MATCH, TEST_APP.lookup(RelativePath.of(path)), path);
        }
    }

    @Test
    void aLocatorReturningObjectIsDeferredToTheRuntime() {
        RouteLookup lookup = TEST_APP.lookup(RelativePath.of("plugins/x"));

        assertInstanceOf(RouteLookup.Deferred.class, lookup);
        assertEquals("dev.restallow.testapp.PluginsResource#plugin", ((RouteLookup.Deferred) lookup).locator());
    }

    @Test
    void selfLocatingResourcesStayFinite() {
        assertEquals("GET, HEAD, OPTIONS", allow(TEST_APP, "tree/" + "x/".repeat(500)));
    }

    @Test
    void implementedMethodsOfTheWholeApplication() {
        assertEquals(java.util.Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PURGE"),
                TEST_APP.implementedMethods());
    }

    @Path("shared")
    public static class SharedA {
        @GET
        public String get() {
            return "";
        }

        @GET
        @Path("{x}")
        public String child() {
            return "";
        }
    }

    @Path("/shared/")
    public static class SharedB {
        @POST
        public String post() {
            return "";
        }

        @DELETE
        @Path("{y}")
        public void child() {
        }
    }

    @Test
    void rootClassesWithTheSameTemplateFormOneCandidateSet() {
        RouteTable table = RouteTableBuilder.build(ResourceClassScanner.read(List.of(SharedA.class, SharedB.class)));

        assertEquals("GET, HEAD, POST, OPTIONS", allow(table, "shared"));
        assertEquals("GET, HEAD, DELETE, OPTIONS", allow(table, "shared/1"));
    }

    public interface Contract {
        @GET
        String get();

        @PUT
        @Path("{id}")
        String put();
    }

    @Path("implemented")
    public static class Implementation implements Contract {
        @Override
        public String get() {
            return "";
        }

        @Override
        public String put() {
            return "";
        }
    }

    @Test
    void annotationsAreInheritedFromInterfaces() {
        RouteTable table = RouteTableBuilder.build(ResourceClassScanner.read(List.of(Implementation.class)));

        assertEquals("GET, HEAD, OPTIONS", allow(table, "implemented"));
        assertEquals("PUT, OPTIONS", allow(table, "implemented/1"));
    }

    @Path("mixed")
    public static class MethodAndLocatorOnOneTemplate {
        @GET
        @Path("{id}")
        public String get() {
            return "";
        }

        @Path("{id}")
        public Target locate() {
            return new Target();
        }
    }

    public static class Target {
        @POST
        @Path("deeper")
        public String post() {
            return "";
        }
    }

    @Test
    void aSubResourceMethodComesBeforeALocatorWithTheSameTemplate() {
        RouteTable table = RouteTableBuilder.build(ResourceClassScanner.read(List.of(MethodAndLocatorOnOneTemplate.class)));

        assertEquals("GET, HEAD, OPTIONS", allow(table, "mixed/1"));
        assertEquals("POST, OPTIONS", allow(table, "mixed/1/deeper"));
    }

    @Test
    void classesWithoutPathAreNotRoots() {
        RouteTable table = RouteTableBuilder.build(ResourceClassScanner.read(List.of(Target.class)));

        assertInstanceOf(RouteLookup.NoMatch.class, table.lookup(RelativePath.of("deeper")));
    }
}
