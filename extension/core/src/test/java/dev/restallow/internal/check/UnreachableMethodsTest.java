package dev.restallow.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnreachableMethodsTest {

    @Path("orders/{id}")
    public static class Orders {
        @GET
        public String get() {
            return "";
        }

        @DELETE
        public void delete() {
        }
    }

    @Path("orders/new")
    public static class OrderForm {
        @POST
        public void create() {
        }
    }

    @Path("orders/archive")
    public static class Archive {
        @GET
        public String get() {
            return "";
        }

        @DELETE
        public void delete() {
        }
    }

    @Path("tasks")
    public static class Tasks {
        @GET
        @Path("{id}")
        public String get() {
            return "";
        }

        @POST
        @Path("new")
        public void create() {
        }
    }

    @Test
    void aLiteralOnAnotherClassWithoutTheMethodHidesTheTemplate() {
        List<MethodWarning> warnings = StartupFindings.of(MethodWarning.Check.UNREACHABLE, Orders.class, OrderForm.class);

        assertEquals(List.of("DELETE /orders/new", "GET /orders/new"),
                warnings.stream().map(MethodWarning::exampleRequest).sorted().toList());
        MethodWarning delete = warnings.stream().filter(w -> w.exampleRequest().startsWith("DELETE")).findFirst().orElseThrow();
        assertEquals(List.of(Orders.class.getName() + "#delete", OrderForm.class.getName() + "#create"), delete.methods());
        assertEquals("unreachable method: " + Orders.class.getName() + "#delete (DELETE /orders/{id}) is not selected for"
                + " DELETE /orders/new: path-first matching (Jakarta REST §3.7.2) selects /orders/new, which serves only"
                + " POST: the request gets 405 where the runtime matches path first as the specification says (methods: "
                + Orders.class.getName() + "#delete, " + OrderForm.class.getName() + "#create; example: DELETE /orders/new)",
                delete.message());
    }

    @Test
    void aSubResourceMethodLiteralInTheSameClassHidesTheTemplateToo() {
        List<MethodWarning> warnings = StartupFindings.of(MethodWarning.Check.UNREACHABLE, Tasks.class);

        assertEquals(1, warnings.size());
        assertEquals("GET /tasks/new", warnings.get(0).exampleRequest());
        assertEquals(List.of(Tasks.class.getName() + "#get", Tasks.class.getName() + "#create"), warnings.get(0).methods());
    }

    @Test
    void aLiteralThatServesEveryMethodOfTheTemplateHidesNothing() {
        assertEquals(List.of(), StartupFindings.of(MethodWarning.Check.UNREACHABLE, Orders.class, Archive.class));
    }

    @Test
    void aTemplateAloneIsReachable() {
        assertEquals(List.of(), StartupFindings.report(Orders.class).findings());
    }
}
