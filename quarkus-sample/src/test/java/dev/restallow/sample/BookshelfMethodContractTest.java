package dev.restallow.sample;

import dev.restallow.tck.probe.MethodContractProbe;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Every route of the bookshelf, probed with every standard method (and PURGE) by rest-allow's
 * {@link MethodContractProbe}: exact {@code Allow} on automatic OPTIONS and on every 405, JSON
 * bodies, and no refusal of a listed method. Runs on Quarkus REST and on quarkus-resteasy.
 */
@QuarkusTest
class BookshelfMethodContractTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void everyRouteKeepsTheMethodContract() throws Exception {
        MethodContractProbe.forResources(root.toURI().resolve("api/"),
                        BooksResource.class, AuthorsResource.class, CacheResource.class, LockedResource.class)
                // book 0 does not exist: the probe's POST, PUT, PATCH and DELETE there change nothing
                .withPathValue("id", "0")
                // LockedResource declares PUT and refuses it itself, naming GET
                .withRefusalByResource("locked", "PUT")
                .assertContract();
    }
}
