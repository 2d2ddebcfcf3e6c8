package dev.restallow.sample;

import static dev.restallow.sample.Http.describe;
import static dev.restallow.sample.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.QuarkusDevModeTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * rest-allow's Dev UI card, through the Dev UI's JSON-RPC websocket in dev mode: every route template
 * with its {@code Allow} and the resource methods answering there, and the start-up warnings with
 * their example requests, both built anew by a live reload.
 */
@Tag(DevModeSample.TAG)
class DevUiCardTest {

    @RegisterExtension
    static final QuarkusDevModeTest APPLICATION = DevModeSample.application();

    private static final String SAMPLE = "dev.restallow.sample.";
    private static final String HEAD_ONLY_PROBE = """

                @jakarta.ws.rs.HEAD
                @Path("probe")
                public void probe() {
                }
            """;

    @Test
    void theRoutesMethodListsEveryRouteWithItsAllowAndSources() throws Exception {
        Map<String, List<String>> routes = routes(DevUiJsonRpc.call(DevModeSample.BASE, "routes"));

        assertEquals(List.of(
                "/authors/{author} | GET, HEAD, OPTIONS | " + SAMPLE + "AuthorResource#get",
                "/authors/{author}/books | GET, HEAD, OPTIONS | " + SAMPLE + "AuthorResource#books",
                "/books | GET, HEAD, POST, OPTIONS | " + SAMPLE + "BooksResource#create, " + SAMPLE + "BooksResource#list",
                "/books/search | GET, HEAD, OPTIONS | " + SAMPLE + "BooksResource#search",
                "/books/{id: [0-9]+} | GET, HEAD, PUT, PATCH, DELETE, OPTIONS | " + SAMPLE + "BooksResource#delete, "
                        + SAMPLE + "BooksResource#get, " + SAMPLE + "BooksResource#replace, " + SAMPLE + "BooksResource#update",
                "/books/{id: [0-9]+}/loans | POST, OPTIONS | " + SAMPLE + "BooksResource#lend",
                "/cache | GET, HEAD, OPTIONS, PURGE | " + SAMPLE + "CacheResource#purge, " + SAMPLE + "CacheResource#state"),
                rows(routes));
    }

    @Test
    void theWarningsMethodListsAWarningThatAChangeBringsWithItsExampleRequest() throws Exception {
        assertEquals(0, DevUiJsonRpc.call(DevModeSample.BASE, "warnings").size());

        APPLICATION.modifySourceFile(CacheResource.class, source -> DevModeSample.withMember(source, HEAD_ONLY_PROBE));
        HttpResponse<String> reload = send(DevModeSample.BASE, "GET", "api/cache");
        assertEquals(200, reload.statusCode(), () -> describe(reload));

        JsonNode warnings = DevUiJsonRpc.call(DevModeSample.BASE, "warnings");
        assertEquals(1, warnings.size(), warnings::toPrettyString);
        JsonNode warning = warnings.get(0);
        assertEquals("@HEAD without @GET", warning.path("check").asText(), warning::toPrettyString);
        assertEquals("GET /cache/probe", warning.path("exampleRequest").asText(), warning::toPrettyString);
        assertEquals(List.of(SAMPLE + "CacheResource#probe"), strings(warning.path("methods")), warning::toPrettyString);
        Map<String, List<String>> routes = routes(DevUiJsonRpc.call(DevModeSample.BASE, "routes"));
        assertEquals(List.of("HEAD, OPTIONS", SAMPLE + "CacheResource#probe"), routes.get("/cache/probe"));
    }

    /** template -> [Allow, sources...] */
    private static Map<String, List<String>> routes(JsonNode routes) {
        Map<String, List<String>> byTemplate = new LinkedHashMap<>();
        for (JsonNode route : routes) {
            List<String> row = new ArrayList<>();
            row.add(route.path("allow").asText());
            row.addAll(strings(route.path("sources")));
            byTemplate.put(route.path("template").asText(), row);
        }
        return byTemplate;
    }

    private static List<String> rows(Map<String, List<String>> routes) {
        List<String> rows = new ArrayList<>();
        routes.forEach((template, row) ->
                rows.add(template + " | " + row.get(0) + " | " + String.join(", ", row.subList(1, row.size()))));
        return rows;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
