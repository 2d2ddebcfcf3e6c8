package dev.restallow.internal.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The request path relative to the application, from the raw URIs, encoding kept. */
class RelativePathTest {

    /** A UriInfo that knows only its request URI, its base URI and its decoded path. */
    private static UriInfo uriInfo(String requestUri, String baseUri, String decodedPath) {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestUri" -> URI.create(requestUri);
                    case "getBaseUri" -> URI.create(baseUri);
                    case "getPath" -> decodedPath;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theRequestPathBelowTheBase() {
        assertEquals("books/a%20b%2Fc", RelativePath.of(uriInfo("http://h/api/books/a%20b%2Fc?q=1", "http://h/api/", "x")).encoded());
        assertEquals("books", RelativePath.of(uriInfo("http://h/books", "http://h/", "x")).encoded());
    }

    @Test
    void anEmptySegmentAfterTheBaseIsKept() {
        assertEquals("/books", RelativePath.of(uriInfo("http://h/api//books", "http://h/api/", "x")).encoded());
    }

    @Test
    void aBaseWithoutTrailingSlashIsJoinedByOneSlash() {
        assertEquals("books", RelativePath.of(uriInfo("http://h/api/books", "http://h/api", "x")).encoded());
        assertEquals("/books", RelativePath.of(uriInfo("http://h/api//books", "http://h/api", "x")).encoded());
    }

    @Test
    void theBaseItself() {
        assertEquals("", RelativePath.of(uriInfo("http://h/api", "http://h/api/", "x")).encoded());
        assertEquals("", RelativePath.of(uriInfo("http://h/api/", "http://h/api/", "x")).encoded());
    }

    @Test
    void aBaseTheRequestDoesNotStartWithFallsBackToTheDecodedPath() {
        assertEquals("books/a b", RelativePath.of(uriInfo("http://h/books/a%20b", "http://h/prefix/api/", "/books/a b")).encoded());
    }

    @Test
    void matchingSeesTheJoiningSlashAndNoMatrixParameters() {
        assertEquals("/books/7", RelativePath.of("books;v=1/7;x").forMatching());
        assertEquals("/", RelativePath.of("").forMatching());
        // an empty first segment stays one: no template matches it
        assertEquals("//books", RelativePath.of("/books").forMatching());
        assertEquals("/a%3Bb", RelativePath.of("a%3Bb").forMatching());
    }

    @Test
    void anExamplePathIsTakenBelowTheBase() {
        assertEquals("orders/7", RelativePath.ofExample("/orders/7").encoded());
        assertEquals(RelativePath.of("orders/7"), RelativePath.ofExample("orders/7"));
    }
}
