package com.example.documents;

import dev.restallow.apps.oracle.Oracle;
import dev.restallow.apps.oracle.Route;
import dev.restallow.apps.oracle.Warnings;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** The documents API served twice on Grizzly, without and with rest-allow, probed from outside. */
class DocumentsOracleIT {

    @Test
    void everyRouteKeepsItsAnswers() throws Exception {
        Warnings.Logged<HttpServer> without = Warnings.during(
                () -> serve(new DocumentsApplication().property("rest-allow.enabled", "false")));
        Warnings.Logged<HttpServer> with = Warnings.during(() -> serve(new DocumentsApplication()));
        try {
            Oracle.of("jersey-locked",
                    Route.at("documents/draft").sending("text/plain", "more words"),
                    // PUT is declared, the archived document refuses it: its 405 names GET only
                    Route.at("documents/archived").sending("text/plain", "more words").refusing("PUT", "GET, HEAD, OPTIONS"),
                    Route.at("documents/none"))
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
