package dev.restallow.tck.generated;

import static dev.restallow.tck.generated.Http.contentType;
import static dev.restallow.tck.generated.Http.describe;
import static dev.restallow.tck.generated.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * OPTIONS at a path inside a resource class that serves nothing there is a 404 that goes through
 * the application's exception mapper, exactly as GET there does (on Quarkus REST rest-allow makes
 * that 404 itself, where the runtime would list every method of the class).
 */
@QuarkusTest
@TestProfile(ApplicationMapperProfile.class)
class OptionsInsideResourceClassMapperTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void optionsGetsTheMappersNotFoundAsGetDoes() throws Exception {
        HttpResponse<String> get = send(root.toURI(), "GET", "shelves/abc");
        HttpResponse<String> options = send(root.toURI(), "OPTIONS", "shelves/abc");

        assertEquals(404, get.statusCode(), () -> describe(get));
        assertEquals(StatusKeepingMapper.BODY, get.body(), () -> describe(get));
        assertEquals(404, options.statusCode(), () -> describe(options));
        assertEquals(StatusKeepingMapper.BODY, options.body(), () -> describe(options));
        assertEquals(contentType(get), contentType(options), () -> describe(options));
        assertEquals(get.headers().allValues("Allow"), options.headers().allValues("Allow"), () -> describe(options));
    }
}
