package dev.restallow.quarkus.deployment.devui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restallow.quarkus.deployment.StartupReportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.devui.spi.buildtime.BuildTimeActionBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Outside dev mode (here a test build, which like a production build is not local development) the
 * build has the start-up report but no Dev UI card and no JSON-RPC method of rest-allow's: a build
 * step added to this build fails it if it finds any.
 */
class DevUiOutsideDevModeTest {

    @Path("notes")
    public static class Notes {
        @GET
        public String list() {
            return "";
        }
    }

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Notes.class))
            .overrideConfigKey("quarkus.http.test-port", "0")
            .addBuildChainCustomizer(chain -> chain.addBuildStep(context -> {
                if (context.consume(StartupReportBuildItem.class) == null) {
                    throw new IllegalStateException("no start-up report: the check below would prove nothing");
                }
                List<CardPageBuildItem> cards = context.consumeMulti(CardPageBuildItem.class);
                List<BuildTimeActionBuildItem> actions = context.consumeMulti(BuildTimeActionBuildItem.class);
                if (!cards.isEmpty() || !actions.isEmpty()) {
                    throw new IllegalStateException("Dev UI items outside dev mode: " + cards + " " + actions);
                }
            }).consumes(StartupReportBuildItem.class)
                    .consumes(CardPageBuildItem.class)
                    .consumes(BuildTimeActionBuildItem.class)
                    .produces(FeatureBuildItem.class)
                    .build());

    @TestHTTPResource
    URI base;

    @Test
    void theApplicationIsBuiltAndAnswersWithRestAllow() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("notes"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, refused.statusCode(), refused::body);
        assertEquals(List.of("GET, HEAD, OPTIONS"), refused.headers().allValues("Allow"));
    }
}
