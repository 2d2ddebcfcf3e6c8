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
        assertEquals("books/a%20b%2Fc", RelativePath.of(uriInfo("http://h/api/books/a%20b%2Fc?q=1", "http://h/api/", "x")));
        assertEquals("books", RelativePath.of(uriInfo("http://h/books", "http://h/", "x")));
    }

    @Test
    void anEmptySegmentAfterTheBaseIsKept() {
        assertEquals("/books", RelativePath.of(uriInfo("http://h/api//books", "http://h/api/", "x")));
    }

    @Test
    void aBaseWithoutTrailingSlashIsJoinedByOneSlash() {
        assertEquals("books", RelativePath.of(uriInfo("http://h/api/books", "http://h/api", "x")));
        assertEquals("/books", RelativePath.of(uriInfo("http://h/api//books", "http://h/api", "x")));
    }

    @Test
    void theBaseItself() {
        assertEquals("", RelativePath.of(uriInfo("http://h/api", "http://h/api/", "x")));
        assertEquals("", RelativePath.of(uriInfo("http://h/api/", "http://h/api/", "x")));
    }

    @Test
    void aBaseTheRequestDoesNotStartWithFallsBackToTheDecodedPath() {
        assertEquals("books/a b", RelativePath.of(uriInfo("http://h/books/a%20b", "http://h/prefix/api/", "/books/a b")));
    }
}
