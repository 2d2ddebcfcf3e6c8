package dev.restallow.sample;

import static dev.restallow.sample.Http.describe;
import static dev.restallow.sample.Http.json;
import static dev.restallow.sample.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusDevModeTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sample in Quarkus dev mode: a method added to a resource's source is in the next request's
 * {@code Allow} and automatic OPTIONS, without restarting the JVM, and is gone again once removed; a
 * change that the start-up checks warn about is logged after the reload. The same class runs on
 * Quarkus REST (this module) and on quarkus-resteasy (the classic module).
 */
@Tag(DevModeSample.TAG)
class DevModeReloadTest {

    @RegisterExtension
    static final QuarkusDevModeTest APPLICATION = DevModeSample.application();

    private static final String CACHE_ALLOW = "GET, HEAD, OPTIONS, PURGE";
    private static final String CLEAR = """

                @jakarta.ws.rs.DELETE
                public CacheState clear() {
                    return new CacheState(PURGES.getAndSet(0));
                }
            """;
    private static final String HEAD_ONLY_PROBE = """

                @jakarta.ws.rs.HEAD
                @Path("probe")
                public void probe() {
                }
            """;

    @Test
    void aMethodAddedToTheSourceIsInAllowAndOptionsAfterTheReloadAndGoneOnceRemoved() throws Exception {
        assertRefused("DELETE", CACHE_ALLOW);

        APPLICATION.modifySourceFile(CacheResource.class, source -> DevModeSample.withMember(source, CLEAR));

        HttpResponse<String> delete = send(DevModeSample.BASE, "DELETE", "api/cache");
        assertEquals(200, delete.statusCode(), () -> describe(delete));
        assertTrue(DevModeSample.reloaded(APPLICATION), "a live reload, not a new JVM");
        assertRefused("PUT", "GET, HEAD, DELETE, OPTIONS, PURGE");
        assertOptions("GET, HEAD, DELETE, OPTIONS, PURGE");

        APPLICATION.modifySourceFile(CacheResource.class, source -> source.replace(CLEAR, ""));

        assertRefused("DELETE", CACHE_ALLOW);
        assertOptions(CACHE_ALLOW);
    }

    @Test
    void aWarningThatAChangeBringsIsLoggedAfterTheReload() throws Exception {
        assertOptions(CACHE_ALLOW);
        assertEquals(List.of(), DevModeSample.warnings(APPLICATION));

        APPLICATION.modifySourceFile(CacheResource.class, source -> DevModeSample.withMember(source, HEAD_ONLY_PROBE));

        HttpResponse<String> head = send(DevModeSample.BASE, "HEAD", "api/cache/probe");
        assertEquals(204, head.statusCode(), () -> describe(head));
        HttpResponse<String> get = send(DevModeSample.BASE, "GET", "api/cache/probe");
        assertEquals(405, get.statusCode(), () -> describe(get));
        assertEquals(List.of("HEAD, OPTIONS"), get.headers().allValues("Allow"), () -> describe(get));
        List<String> warnings = DevModeSample.warnings(APPLICATION);
        assertEquals(1, warnings.size(), () -> String.join("\n", warnings));
        String warning = warnings.get(0);
        assertTrue(warning.startsWith("rest-allow: @HEAD without @GET: dev.restallow.sample.CacheResource#probe serves"
                + " HEAD /cache/probe with no GET method there"), warning);
        assertTrue(warning.endsWith("(methods: dev.restallow.sample.CacheResource#probe; example: GET /cache/probe)"),
                warning);
    }

    private static void assertRefused(String method, String allow) throws Exception {
        HttpResponse<String> r = send(DevModeSample.BASE, method, "api/cache");
        assertEquals(405, r.statusCode(), () -> describe(r));
        assertEquals(List.of(allow), r.headers().allValues("Allow"), () -> describe(r));
        assertEquals(List.of(allow.split(", ")), json(r).get("allowed_methods"), () -> describe(r));
    }

    private static void assertOptions(String allow) throws Exception {
        HttpResponse<String> r = send(DevModeSample.BASE, "OPTIONS", "api/cache");
        assertEquals(200, r.statusCode(), () -> describe(r));
        assertEquals(List.of(allow), r.headers().allValues("Allow"), () -> describe(r));
    }
}
