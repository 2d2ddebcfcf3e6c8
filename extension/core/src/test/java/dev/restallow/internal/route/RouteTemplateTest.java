package dev.restallow.internal.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.restallow.internal.scan.ResourceClassScanner;
import dev.restallow.testapp.TestApplication;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A request path names its route by the application's templates, never by its own text. */
class RouteTemplateTest {

    private static final RouteTable TEST_APP = RouteTableBuilder.build(ResourceClassScanner.read(TestApplication.resources()));

    @Test
    void rootClassAndSubResourceMethodTemplatesAreJoined() {
        assertEquals("/users", TEST_APP.routeTemplate(RelativePath.of("users")));
        assertEquals("/users", TEST_APP.routeTemplate(RelativePath.of("users/")));
        assertEquals("/users/{id}", TEST_APP.routeTemplate(RelativePath.of("users/42")));
        assertEquals("/users/{id}", TEST_APP.routeTemplate(RelativePath.of("users;a=b/42;c=d")));
        assertEquals("/items/{id}", TEST_APP.routeTemplate(RelativePath.of("items/12")));
        assertEquals("/items/special", TEST_APP.routeTemplate(RelativePath.of("items/special")));
    }

    @Path("codes")
    public static class Codes {
        @GET
        @Path("{ code : [a-z]{1,3} }/{year: \\d{4}}")
        public String get() {
            return "";
        }
    }

    @Test
    void variablesAreNamedWithoutTheirRegularExpressions() {
        RouteTable table = RouteTableBuilder.build(ResourceClassScanner.read(List.of(Codes.class)));

        assertEquals("/codes/{code}/{year}", table.routeTemplate(RelativePath.of("codes/abc/2026")));
    }

    @Test
    void slashesAroundATemplateAreDropped() {
        assertEquals("/readonly", TEST_APP.routeTemplate(RelativePath.of("readonly")));
    }

    @Test
    void locatorTemplatesAreOnTheRoute() {
        assertEquals("/orgs/{org}/members", TEST_APP.routeTemplate(RelativePath.of("orgs/acme/members")));
        assertEquals("/orgs/{org}", TEST_APP.routeTemplate(RelativePath.of("orgs/acme")));
    }

    @Test
    void anOpaqueLocatorEndsTheRouteAtItsTemplate() {
        assertEquals("/plugins/{name}", TEST_APP.routeTemplate(RelativePath.of("plugins/zip")));
    }

    @Test
    void aResourceMetAgainOnTheWayEndsTheRouteWithTwoStars() {
        assertEquals("/tree/{child}", TEST_APP.routeTemplate(RelativePath.of("tree/a")));
        Set<String> routes = new HashSet<>();
        StringBuilder path = new StringBuilder("tree/a");
        for (int depth = 0; depth < 50; depth++) {
            path.append("/n").append(depth);
            routes.add(TEST_APP.routeTemplate(RelativePath.of(path.toString())));
        }
        assertEquals(Set.of("/tree/{child}/**"), routes);
    }

    @Test
    void noTemplateWhereNoResourceMatches() {
        for (String path : List.of("", "nowhere", "items/abc", "users/1/extra", "/users")) {
            assertNull(TEST_APP.routeTemplate(RelativePath.of(path)), path);
        }
    }
}
