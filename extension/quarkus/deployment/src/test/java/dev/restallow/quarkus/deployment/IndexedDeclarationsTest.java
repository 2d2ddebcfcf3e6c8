package dev.restallow.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.internal.check.StartupReport;
import dev.restallow.internal.route.ResourceModel;
import dev.restallow.internal.scan.ResourceClassScanner;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

/** The declarations the start-up checks read come out of the index as out of reflection, and so do the warnings. */
class IndexedDeclarationsTest {

    @Path("carts/{id}")
    @Produces("application/json")
    public static class Carts {
        @GET
        public String get(@PathParam("id") String id, @QueryParam("q") String q, @Context UriInfo uri) {
            return "";
        }

        @POST
        @Consumes({"application/json, text/plain", "application/xml"})
        public void add(String item) {
        }

        @DELETE
        public void clear(@PathParam("id") String id, String reason) {
        }

        @HEAD
        @Path("items")
        public void items() {
        }

        @Path("lines/{line}")
        public Line line() {
            return new Line();
        }
    }

    public static class Line {
        @GET
        @Produces("text/plain")
        public String get() {
            return "";
        }

        @GET
        @Produces("TEXT/PLAIN")
        public String again() {
            return "";
        }
    }

    @Test
    void declarationsAndWarningsMatchReflection() throws Exception {
        ResourceModel indexed = IndexedResourceScanner.read(Index.of(Carts.class, Line.class));
        ResourceModel reflected = reflected(List.of(Carts.class));

        assertEquals(sorted(reflected.declarations()), sorted(indexed.declarations()));
        ResourceModel.MethodDeclaration add = indexed.declarations().stream()
                .filter(d -> d.name().endsWith("#add")).findFirst().orElseThrow();
        assertEquals(List.of("application/json", "text/plain", "application/xml"), add.consumes());
        assertEquals(List.of("application/json"), add.produces());
        assertEquals(true, add.entityParameter());

        List<String> warnings = StartupReport.of(indexed).warnings();
        assertEquals(StartupReport.of(reflected).warnings(), warnings);
        assertEquals(3, warnings.size(), warnings.toString());
        assertEquals(List.of("ambiguous methods", "entity parameter on GET, HEAD or DELETE", "@HEAD without @GET"),
                warnings.stream().map(w -> w.substring("rest-allow: ".length(), w.indexOf(": ", "rest-allow: ".length())))
                        .toList());
        assertEquals(true, warnings.get(0).endsWith("(methods: " + Line.class.getName() + "#again, " + Line.class.getName()
                + "#get; example: GET /carts/7/lines/7)"), warnings.get(0));
    }

    private static List<ResourceModel.MethodDeclaration> sorted(List<ResourceModel.MethodDeclaration> declarations) {
        return declarations.stream().sorted(Comparator.comparing(ResourceModel.MethodDeclaration::name)).toList();
    }

    /** rest-allow-core's reflection reader: the reference this test compares with. */
    private static ResourceModel reflected(Collection<Class<?>> roots) {
        return ResourceClassScanner.read(roots);
    }
}
