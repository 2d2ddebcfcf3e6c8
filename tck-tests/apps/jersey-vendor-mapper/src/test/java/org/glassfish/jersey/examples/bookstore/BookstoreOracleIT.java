package org.glassfish.jersey.examples.bookstore;

import dev.restallow.apps.oracle.Oracle;
import dev.restallow.apps.oracle.Route;
import dev.restallow.apps.oracle.Warnings;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The bookstore served twice on Grizzly, without and with rest-allow, probed from outside. */
class BookstoreOracleIT {

    private static final String JSON = "application/json";

    @Test
    void everyRouteKeepsItsAnswers() throws Exception {
        Warnings.Logged<HttpServer> without = Warnings.during(
                () -> serve(new BookstoreApplication().property("rest-allow.enabled", "false")));
        Warnings.Logged<HttpServer> with = Warnings.during(() -> serve(new BookstoreApplication()));
        try {
            Oracle.of("jersey-vendor-mapper",
                    Route.at("books").sending(JSON, "{\"isbn\":\"42\",\"title\":\"T\",\"author\":\"A\"}"),
                    Route.at("books/978-0134685991").sending(JSON, "{\"isbn\":\"43\"}"),
                    Route.at("books/0"))
                    .mappingWebApplicationException()
                    .assertNoDeviations(base(without.value()), base(with.value()),
                            Warnings.added(without.warnings(), with.warnings()));
        } finally {
            without.value().shutdownNow();
            with.value().shutdownNow();
        }
    }

    private static HttpServer serve(ResourceConfig application) {
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application);
    }

    private static URI base(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
    }
}
