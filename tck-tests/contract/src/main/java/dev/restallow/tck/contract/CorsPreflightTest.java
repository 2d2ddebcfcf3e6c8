package dev.restallow.tck.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.tck.ContractTargets;
import dev.restallow.tck.Http;
import org.junit.jupiter.api.Test;

/** A CORS preflight (Origin + Access-Control-Request-Method) gets exactly what the runtime answers without rest-allow. */
class CorsPreflightTest {

    private final ContractTargets targets = ContractTargets.current();

    @Test
    void preflightIsUntouched() {
        for (String path : new String[] {"users", "users/1", "items/special", "orgs/acme/members", "nowhere"}) {
            String[] preflight = {"Origin", "http://127.0.0.1:1", "Access-Control-Request-Method", "DELETE"};
            Http.Reply expected = targets.without().send("OPTIONS", path, preflight);
            Http.Reply actual = targets.with().send("OPTIONS", path, preflight);

            assertEquals(expected.status(), actual.status(), path);
            assertEquals(expected.header("Allow"), actual.header("Allow"), path);
            assertEquals(expected.contentType(), actual.contentType(), path);
            // a WADL or error page may name the application's own base URI
            assertEquals(withoutBase(expected.body(), targets.withoutRestAllow().toString()),
                    withoutBase(actual.body(), targets.withRestAllow().toString()), path);
        }
    }

    private static String withoutBase(String body, String base) {
        String withSlash = base.endsWith("/") ? base : base + "/";
        return body.replace(withSlash, "BASE/").replace(java.net.URI.create(withSlash).getPath(), "/BASE/");
    }
}
