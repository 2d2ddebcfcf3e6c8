package dev.restallow.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmbiguousMethodsTest {

    @Path("reports")
    public static class Reports {
        @GET
        @Path("{id}")
        @Produces("application/json")
        public String json() {
            return "";
        }

        @GET
        @Path("{name}")
        @Produces("APPLICATION/JSON")
        public String byName() {
            return "";
        }
    }

    @Path("reports")
    public static class Negotiated {
        @GET
        @Path("{id}")
        @Produces("application/json")
        public String json() {
            return "";
        }

        @GET
        @Path("{id}")
        @Produces("text/csv")
        public String csv() {
            return "";
        }
    }

    @Path("/reports/")
    public static class SecondRoot {
        @GET
        public String list() {
            return "";
        }
    }

    @Path("reports")
    public static class FirstRoot {
        @GET
        public String list() {
            return "";
        }
    }

    @Test
    void theSamePathMethodAndMediaTypesInOneClass() {
        List<MethodWarning> warnings = StartupFindings.of(MethodWarning.Check.AMBIGUOUS, Reports.class);

        assertEquals(1, warnings.size());
        assertEquals("GET /reports/7", warnings.get(0).exampleRequest());
        assertEquals(List.of(Reports.class.getName() + "#byName", Reports.class.getName() + "#json"),
                warnings.get(0).methods().stream().sorted().toList());
    }

    @Test
    void twoRootClassesWithTheSameTemplateAndMethod() {
        List<MethodWarning> warnings = StartupFindings.of(MethodWarning.Check.AMBIGUOUS, FirstRoot.class, SecondRoot.class);

        assertEquals(1, warnings.size());
        assertEquals("GET /reports", warnings.get(0).exampleRequest());
        assertEquals(List.of(FirstRoot.class.getName() + "#list", SecondRoot.class.getName() + "#list"),
                warnings.get(0).methods());
    }

    @Test
    void differentMediaTypesAreNotAmbiguous() {
        assertEquals(List.of(), StartupFindings.report(Negotiated.class).findings());
    }
}
