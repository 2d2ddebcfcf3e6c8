package dev.restallow.tck.generated;

import static dev.restallow.tck.generated.Http.describe;
import static dev.restallow.tck.generated.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Below a sub-resource locator, a method the target serves only at another sub-path is a 405 that
 * the application's exception mapper answers (it sees a NotAllowedException, as for any 405),
 * with the exact {@code Allow}. Quarkus REST itself throws a bare 404 there, which the mapper
 * would otherwise have answered as a 404.
 */
@QuarkusTest
@TestProfile(ApplicationMapperProfile.class)
class NotAllowedBelowLocatorMapperTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void theMapperAnswersThe405WithTheExactAllow() throws Exception {
        HttpResponse<String> r = send(root.toURI(), "PUT", "shelves/1/items");

        assertEquals(405, r.statusCode(), () -> describe(r));
        assertEquals(StatusKeepingMapper.BODY, r.body(), () -> describe(r));
        assertEquals(List.of("GET, HEAD, OPTIONS"), r.headers().allValues("Allow"), () -> describe(r));
    }

    @Test
    void theMapperStillAnswersTheRealNotFoundBelowTheLocator() throws Exception {
        HttpResponse<String> r = send(root.toURI(), "GET", "shelves/1/items/a/b");

        assertEquals(404, r.statusCode(), () -> describe(r));
        assertEquals(StatusKeepingMapper.BODY, r.body(), () -> describe(r));
        assertEquals(List.of(), r.headers().allValues("Allow"), () -> describe(r));
    }
}
