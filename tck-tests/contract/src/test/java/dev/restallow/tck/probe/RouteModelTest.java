package dev.restallow.tck.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.restallow.tck.probe.ShelfResources.Labels;
import dev.restallow.tck.probe.ShelfResources.MoreLabels;
import dev.restallow.tck.probe.ShelfResources.Shelves;
import dev.restallow.tck.probe.ShelfResources.Tree;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the probe reads from resource classes: the paths it sends to and the Allow it expects there. */
class RouteModelTest {

    private static final URI NOWHERE = URI.create("http://127.0.0.1:1/");

    @Test
    void everyRouteBecomesOneConcretePathWithItsExactAllow() {
        MethodContractProbe probe = MethodContractProbe.forResources(NOWHERE, Shelves.class, Labels.class,
                MoreLabels.class, Tree.class);

        assertEquals(HandWrittenServer.ALLOW, probe.expectedAllow());
    }

    @Test
    void aLocatorWhoseReturnTypeSaysNothingIsNotFollowed() {
        RouteModel model = RouteModel.of(List.of(Shelves.class));

        assertEquals(List.of(new RouteModel.OpaqueLocator(PathTemplate.parse("shelves/{id: [0-9]+}/anything"),
                "java.lang.Object")), model.opaqueLocators());
        assertEquals(Optional.empty(), model.declaredMethodsAt("/shelves/0/anything"));
    }

    @Path("x")
    public static class Templated {
        @GET
        @Path("{name}")
        public String get() {
            return "";
        }
    }

    @Path("x")
    public static class Fixed {
        @POST
        @Path("fixed")
        public String post() {
            return "";
        }
    }

    @Test
    void aLiteralTemplateWinsOverAVariable() {
        RouteModel model = RouteModel.of(List.of(Templated.class, Fixed.class));

        assertEquals(Optional.of(Set.of("POST")), model.declaredMethodsAt("/x/fixed"));
        assertEquals(Optional.of(Set.of("GET")), model.declaredMethodsAt("/x/other"));
        assertEquals(Map.of("x/fixed", "POST, OPTIONS", "x/probe", "GET, HEAD, OPTIONS"),
                MethodContractProbe.forResources(NOWHERE, Templated.class, Fixed.class).expectedAllow());
    }

    @Test
    void trailingSlashesAndTheLocatorCycleMatchLikeTheRuntime() {
        RouteModel model = RouteModel.of(List.of(Labels.class, MoreLabels.class, Tree.class));

        assertEquals(Optional.of(Set.of("OPTIONS", "POST")), model.declaredMethodsAt("/labels/"));
        assertEquals(Optional.of(Set.of("GET")), model.declaredMethodsAt("/tree/a/b/c"));
        assertEquals(Optional.empty(), model.declaredMethodsAt("/nowhere"));
    }

    @Test
    void noResourceMethodsIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> MethodContractProbe.forResources(NOWHERE, String.class).expectedAllow());
    }
}
