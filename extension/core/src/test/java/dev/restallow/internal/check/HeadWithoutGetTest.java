package dev.restallow.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadWithoutGetTest {

    @Path("files")
    public static class Files {
        @HEAD
        @Path("{name}")
        public Response exists() {
            return Response.ok().build();
        }

        @GET
        public String list() {
            return "";
        }

        @HEAD
        public Response count() {
            return Response.ok().build();
        }
    }

    @Test
    void headAloneAtAPath() {
        List<MethodWarning> warnings = StartupFindings.of(MethodWarning.Check.HEAD_WITHOUT_GET, Files.class);

        assertEquals(1, warnings.size());
        assertEquals(List.of(Files.class.getName() + "#exists"), warnings.get(0).methods());
        assertEquals("GET /files/7", warnings.get(0).exampleRequest());
    }

    @Test
    void headBesideGetIsFine() {
        assertEquals(List.of(), StartupFindings.of(MethodWarning.Check.HEAD_WITHOUT_GET, Files.class).stream()
                .filter(w -> w.methods().contains(Files.class.getName() + "#count")).toList());
    }
}
