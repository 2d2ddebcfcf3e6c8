package dev.restallow.quarkus.deployment.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code quarkus.rest-allow.strict=true} with an application the checks find nothing in: it builds and answers. */
class StartupChecksStrictCleanTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(CheckedResources.Orders.class, CheckedResources.OrderList.class))
            .overrideConfigKey("quarkus.rest-allow.strict", "true")
            .overrideConfigKey("quarkus.http.test-port", "0");

    @TestHTTPResource
    URI base;

    @Test
    void theApplicationStartsAndAnswers() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/orders"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(405, refused.statusCode());
        assertEquals("GET, HEAD, OPTIONS", refused.headers().firstValue("Allow").orElse(null));
    }
}
