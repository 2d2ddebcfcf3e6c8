package dev.restallow.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharedRootTemplatesTest {

    @Path("a")
    public static class Reading {
        @GET
        public String get() {
            return "";
        }
    }

    @Path("/a/")
    public static class Writing {
        @GET
        public String get() {
            return "";
        }

        @POST
        public void post() {
        }
    }

    @Path("a/{id}")
    public static class Item {
        @GET
        public String get() {
            return "";
        }
    }

    @Path("a/{key}")
    public static class ItemRemoval {
        @DELETE
        @Path("history")
        public void delete() {
        }
    }

    @Test
    void twoClassesOnOneTemplateWrittenDifferentlyAreNamedWithARequest() {
        List<MethodWarning> warnings = StartupFindings.of(MethodWarning.Check.SHARED_ROOT_TEMPLATE,
                Reading.class, Writing.class);

        assertEquals(1, warnings.size(), warnings.toString());
        MethodWarning warning = warnings.get(0);
        assertEquals(List.of(Reading.class.getName(), Writing.class.getName()), warning.methods());
        // the method of the second class that the first does not serve
        assertEquals("POST /a", warning.exampleRequest());
        assertEquals("root classes sharing a template: " + Reading.class.getName() + " and " + Writing.class.getName()
                + " share the root template /a (@Path(\"a\"), @Path(\"/a/\")): Jersey and RESTEasy merge them, but"
                + " Jakarta REST §3.7.2 and CXF select one class, so the other's methods may be unreachable there"
                + " (methods: " + Reading.class.getName() + ", " + Writing.class.getName() + "; example: POST /a)",
                warning.message());
    }

    @Test
    void variableNamesDoNotMakeTemplatesDifferent() {
        List<MethodWarning> warnings = StartupFindings.of(MethodWarning.Check.SHARED_ROOT_TEMPLATE,
                Item.class, ItemRemoval.class);

        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("DELETE /a/7/history", warnings.get(0).exampleRequest());
    }

    @Test
    void differentTemplatesShareNothing() {
        assertEquals(List.of(), StartupFindings.of(MethodWarning.Check.SHARED_ROOT_TEMPLATE,
                Reading.class, Item.class));
    }
}
