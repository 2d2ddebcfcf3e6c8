package dev.restallow.sample;

import static dev.restallow.sample.Http.describe;
import static dev.restallow.sample.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An application that maps WebApplicationException itself keeps its own answers; where they are
 * still 405s, only {@code Allow} is made exact. Unknown methods are the mapper's too (no 501 that
 * would bypass it). The mapper drops the {@code Allow} that {@code locked} names itself, so there
 * the route model's methods stand.
 */
@QuarkusTest
@TestProfile(ApplicationMapperTest.WithApplicationMapper.class)
class ApplicationMapperTest {

    public static final class WithApplicationMapper implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sample.application-mapper", "true");
        }
    }

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "{0} /api/{1}: the mapper's 405, Allow: {2}")
    @CsvSource(delimiter = '|', value = {
        "DELETE | books           | GET, HEAD, POST, OPTIONS",
        "DELETE | authors/x/books | GET, HEAD, OPTIONS",
        "PUT    | locked          | GET, HEAD, OPTIONS",
        "FOO    | books           | GET, HEAD, POST, OPTIONS",
    })
    void theMappersAnswerWithTheExactAllow(String method, String path, String allow) throws Exception {
        HttpResponse<String> r = send(root.toURI(), method, "api/" + path);

        assertEquals(405, r.statusCode(), () -> describe(r));
        assertEquals(StatusKeepingMapper.BODY, r.body(), () -> describe(r));
        assertEquals(List.of(allow), r.headers().allValues("Allow"), () -> describe(r));
    }
}
