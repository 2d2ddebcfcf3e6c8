package dev.restallow.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodylessMethodEntitiesTest {

    @Path("carts/{id}")
    public static class Carts {
        @GET
        public String get(@PathParam("id") String id, @QueryParam("q") @DefaultValue("x") String q, @Context UriInfo uri) {
            return "";
        }

        @HEAD
        public void head(@BeanParam Object all) {
        }

        @POST
        public void add(String item) {
        }
    }

    @Path("sessions/{id}")
    public static class Sessions {
        @DELETE
        public void end(@PathParam("id") String id, String reason) {
        }

        @GET
        public String search(String criteria) {
            return "";
        }
    }

    @Test
    void deleteAndGetWithAnEntityParameter() {
        List<MethodWarning> warnings = StartupFindings.of(MethodWarning.Check.ENTITY_PARAMETER, Sessions.class, Carts.class);

        assertEquals(List.of("DELETE /sessions/7 with a body", "GET /sessions/7 with a body"),
                warnings.stream().map(MethodWarning::exampleRequest).sorted().toList());
        assertEquals(List.of(Sessions.class.getName() + "#end"), warnings.stream()
                .filter(w -> w.exampleRequest().startsWith("DELETE")).findFirst().orElseThrow().methods());
    }

    @Test
    void annotatedParametersAndPostEntitiesAreFine() {
        assertEquals(List.of(), StartupFindings.report(Carts.class).findings());
    }
}
