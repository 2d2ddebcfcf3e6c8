package dev.restallow.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmptyPathsTest {

    @Path("legacy/{version}")
    public static class Legacy {
        public String notAResourceMethod() {
            return "";
        }
    }

    @Path("current")
    public static class Current {
        @Path("{part}")
        public Part part() {
            return new Part();
        }
    }

    public static class Part {
        @GET
        public String get() {
            return "";
        }
    }

    @Test
    void aRootClassWithNothingInIt() {
        List<MethodWarning> warnings = StartupFindings.of(MethodWarning.Check.EMPTY_PATH, Legacy.class, Current.class);

        assertEquals(1, warnings.size());
        assertEquals(List.of(Legacy.class.getName()), warnings.get(0).methods());
        assertEquals("GET /legacy/7", warnings.get(0).exampleRequest());
    }

    @Test
    void aRootClassWithOnlyALocatorIsNotEmpty() {
        assertEquals(List.of(), StartupFindings.report(Current.class).findings());
    }
}
